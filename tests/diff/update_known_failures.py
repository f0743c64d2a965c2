"""Rewrite tests/diff/known_failures.txt from a real run of the corpus.

Usage (from the repository root, with the test venv):
    .venv/bin/python tests/diff/update_known_failures.py [--check]

Builds every program with the pinned Cython (cached) and with pyxc (the
binary the tests use: $PYXC, else target/release/pyxc, else target/debug),
runs every case on both and lists each case whose pyxc outcome differs from
Cython's, with the first line of the difference as its reason. A program
pyxc cannot build is listed whole. Cases whose Cython side fails are never
listed (fix the case instead): the script reports them and exits 1.
With --check, only prints what would change.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import diffcase  # noqa: E402
import diff_driver as driver  # noqa: E402

HEADER = """\
# Cases of the differential corpus (tests/test_diff.py) that fail against pyxc
# today, as `program::case  # reason` or a whole `program  # reason`.
# They are xfail(strict=True): a listed case that passes fails the suite.
# Regenerate after compiler changes: .venv/bin/python tests/diff/update_known_failures.py
"""


def _reason(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(("$", "---", "Cython ", "Traceback")):
            return line.replace("#", "")[:160]
    return text.strip().splitlines()[0][:160] if text.strip() else "differs from Cython"


def _scrub(text: str) -> str:
    """No machine paths in the committed list."""
    for folder in diffcase.PROGRAM_DIRS:
        text = text.replace(str(folder) + "/", "")
    return text.replace(str(HERE.parent.parent) + "/", "")


def main() -> int:
    check = "--check" in sys.argv[1:]
    cases = diffcase.all_cases()
    with tempfile.TemporaryDirectory(prefix="pyxc-diff-") as tmp:
        cy, _ = driver.run_all("cython", cases, Path(tmp) / "cython")
        px, build_errors = driver.run_all("pyxc", cases, Path(tmp) / "pyxc")
    bad_oracle, lines, passed, total = [], [], 0, 0
    for program in sorted(cases):
        if program in build_errors:
            err = build_errors[program]
            detail = next((l for l in err.splitlines() if l.lstrip().startswith("error")), None)
            lines.append(f"{program}  # pyxc cannot build it: {_scrub((detail or _reason(err)).strip())[:160]}")
        for case in cases[program]:
            total += 1
            why = diffcase.check_cython(case, cy[case.id])
            if why:
                bad_oracle.append(f"{case.id}: {why.splitlines()[0]}")
                continue
            problem = diffcase.compare(case, cy[case.id], px[case.id])
            if problem is None:
                passed += 1
            elif program not in build_errors:
                first = problem.splitlines()
                reason = _reason(problem)
                if first and first[0].startswith("Cython ") and len(first) > 1:
                    reason = f"Cython {first[0][7:80]} / {first[1][:80]}"
                elif first and first[0] in ("values differ", "message differs") and len(first) > 2:
                    reason = f"{first[0]}: {first[1].strip()[:80]} / {first[2].strip()[:80]}"
                lines.append(f"{case.id}  # {_scrub(reason)}")
    print(f"{len(cases)} programs, {total} cases: {passed} pass on pyxc, {total - passed} fail "
          f"({len(build_errors)} programs do not build)")
    if bad_oracle:
        print("cases whose Cython side fails (fix them; not listed):")
        print("\n".join("  " + b for b in bad_oracle))
    text = HEADER + "\n".join(lines) + ("\n" if lines else "")
    if check:
        old = set(diffcase.read_known_failures())
        new = {l.split("#")[0].strip() for l in lines}
        print(f"would add {len(new - old)}, remove {len(old - new)}")
    else:
        diffcase.KNOWN_FAILURES.write_text(text)
        print(f"wrote {diffcase.KNOWN_FAILURES}")
    return 1 if bad_oracle else 0


if __name__ == "__main__":
    sys.exit(main())
