"""Two pyxc binaries side by side on the same sources: generated C lines
(the module's own C and the runtime part), and `pyxc build` wall time.

    .venv/bin/python benches/compare_builds.py --base OLD_PYXC --new NEW_PYXC \
        [--repeats N] [--corpus]

Without --corpus it reads `examples/*.pyx`; with it, every differential
program too (line counts only, to see that a change to codegen made no
module's C larger). Builds are interleaved (base, new, base, ...) and the
medians compared, since the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Codegen heads each part of the C with `/* ---- NAME ---- */`; these parts
# are the runtime, the rest is the module's own code.
RUNTIME_PARTS = ("runtime", "code generator helpers")


def translate(pyxc: str, src: Path) -> str | None:
    proc = subprocess.run(
        [pyxc, "translate", str(src), "-o", "/dev/stdout"],
        capture_output=True,
        text=True,
    )
    return proc.stdout if proc.returncode == 0 else None


def split_lines(c: str) -> tuple[int, int]:
    """(module lines, runtime lines) of one generated C file."""
    module = runtime = 0
    in_runtime = False
    for line in c.splitlines():
        # Codegen's headers are `/* ---- NAME ---- */`; the runtime's own
        # banners (`/* ---- format strings ------- */`) are not section ends.
        if line.startswith("/* ---- ") and line.endswith(" ---- */"):
            in_runtime = line[8:].startswith(RUNTIME_PARTS)
        if in_runtime:
            runtime += 1
        else:
            module += 1
    return module, runtime


def takes_force(pyxc: str) -> bool:
    """Newer binaries skip a module whose inputs are unchanged; timing a
    build then needs --force."""
    out = subprocess.run([pyxc, "build", "--help"], capture_output=True, text=True)
    return "--force" in out.stdout


def build_time(pyxc: str, src: Path, out: Path) -> float:
    extra = ["--force"] if takes_force(pyxc) else []
    if src.stem == "fast_filter":
        extra += ["--source", str(src.with_name("fast_filter_impl.c"))]
    start = time.perf_counter()
    subprocess.run(
        [pyxc, "build", str(src), "-o", str(out), *extra],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--corpus", action="store_true")
    args = ap.parse_args()

    examples = sorted((ROOT / "examples").glob("*.pyx"))
    sources = list(examples)
    if args.corpus:
        sources += sorted((ROOT / "tests/diff/programs").glob("*.pyx"))

    print(f"{'source':32} {'base C':>8} {'new C':>8} {'base rt':>8} {'new rt':>8}")
    larger = []
    for src in sources:
        base, new = translate(args.base, src), translate(args.new, src)
        if base is None or new is None:
            continue
        (bm, br), (nm, nr) = split_lines(base), split_lines(new)
        if nm + nr > bm + br:
            larger.append(src.name)
        if src in examples or nm + nr != bm + br:
            print(f"{src.name:32} {bm:8} {nm:8} {br:8} {nr:8}")
    print(f"\nsources whose C grew: {larger or 'none'}")

    print(f"\n{'build (s), median':32} {'base':>8} {'new':>8} {'new/base':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for src in examples:
            times = {"base": [], "new": []}
            for _ in range(args.repeats):
                for key in ("base", "new"):
                    pyxc = getattr(args, key)
                    times[key].append(build_time(pyxc, src, Path(tmp) / key))
            b, n = statistics.median(times["base"]), statistics.median(times["new"])
            print(f"{src.name:32} {b:8.3f} {n:8.3f} {n / b:8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
