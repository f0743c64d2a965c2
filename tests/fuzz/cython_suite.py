"""Survey pyxc on Cython's own test programs.

    .venv/bin/python tests/fuzz/cython_suite.py CYTHON_SRC [--pyxc BIN] [-j N]

CYTHON_SRC is an unpacked Cython source distribution (for example
`pip download cython==3.3.1 --no-binary :all: --no-deps` and untar it; the
files are not copied into this project). Every `.pyx` under its
`tests/run`, `tests/compile`, `tests/memoryview` and `tests/buffers` is
translated; each one pyxc accepts is compiled by the C compiler
(`-fsyntax-only`, with CPython's and numpy's headers). Prints the counts
(accepted, built, refused with a diagnostic) and every file that ends
otherwise: a panic, a signal, a time-out, or accepted C the compiler
rejects, which are pyxc's bugs. Exit status 1 when there is any.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import test_mutation_fuzz as fuzz  # noqa: E402

FOLDERS = ("run", "compile", "memoryview", "buffers")


def survey_one(pyxc: Path, src: Path, work: Path) -> tuple[str, str]:
    """(outcome, detail): outcome is built, refused, panic, signal,
    timeout, cc or exit."""
    c_path = work / (src.parent.name + "_" + src.stem + ".c")
    cmd = [str(pyxc), "translate", str(src), "-o", str(c_path), "-I", str(src.parent)]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=fuzz.TIMEOUT, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        return "timeout", ""
    if proc.returncode == 101 or "panicked" in proc.stderr:
        return "panic", proc.stderr[-1500:]
    if proc.returncode < 0:
        return "signal", str(proc.returncode)
    if proc.returncode == 1 and "error" in proc.stderr:
        return "refused", first_error(proc.stderr)
    if proc.returncode != 0:
        return "exit", proc.stderr[-1500:]
    cc = subprocess.run(
        [*fuzz.c_check_command(c_path), f"-I{src.parent}"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    c_path.unlink(missing_ok=True)
    if cc.returncode:
        return "cc", cc.stderr[:1500]
    return "built", ""


def first_error(stderr: str) -> str:
    for line in stderr.splitlines():
        if line.startswith("error"):
            return line
    return stderr.splitlines()[0] if stderr else ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cython_src", type=Path)
    ap.add_argument("--pyxc", type=Path, default=HERE.parent.parent / "target/release/pyxc")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--reasons", type=int, default=15, help="most common refusals shown")
    args = ap.parse_args()
    files = sorted(
        f for d in FOLDERS for f in (args.cython_src / "tests" / d).glob("*.pyx")
    )
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(args.j) as pool:
        results = list(pool.map(lambda f: survey_one(args.pyxc, f, Path(tmp)), files))
    counts: dict[str, int] = {}
    reasons: dict[str, int] = {}
    bad = []
    for f, (outcome, detail) in zip(files, results):
        counts[outcome] = counts.get(outcome, 0) + 1
        if outcome == "refused":
            key = detail.split("'")[0].strip()
            reasons[key] = reasons.get(key, 0) + 1
        elif outcome != "built":
            bad.append((f, outcome, detail))
    accepted = len(files) - counts.get("refused", 0)
    print(f"{len(files)} programs: accepted {accepted}, built {counts.get('built', 0)}, "
          f"refused with a diagnostic {counts.get('refused', 0)}")
    for k in ("cc", "panic", "signal", "timeout", "exit"):
        if counts.get(k):
            print(f"  {k}: {counts[k]}")
    print("most common refusals:")
    for key, n in sorted(reasons.items(), key=lambda kv: -kv[1])[: args.reasons]:
        print(f"  {n:4}  {key}")
    for f, outcome, detail in bad:
        print(f"\n== {outcome}: {f.relative_to(args.cython_src)}\n{detail}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
