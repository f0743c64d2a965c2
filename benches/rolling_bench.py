"""The seed's rolling-sum-of-squares benchmark: pyxc against Cython and Python.

Run with the project's venv (``cargo xtask demo`` runs ``--quick``,
``cargo xtask bench`` the full run)::

    .venv/bin/python benches/rolling_bench.py [--quick] [--pyxc PATH]

Builds examples/rolling.pyx and examples/rolling_jupyter.pyx with pyxc (told
nothing but which Python to build for) and with the pinned Cython (``cython
-3``, then setuptools' build_ext: the compiler and flags a setup.py build
uses), then times, in one process with interleaved repetitions, the seed's
inputs (``list(range(10_000))`` / the same as a float64 array, window 100):

* the pure-Python V1, interpreted (the baseline);
* V1, V2 (cdef types) and V3 (typed memoryviews) of rolling.pyx, and the
  Jupyter cell's ``rolling_sum_cython``, each built by pyxc and by Cython.

Then build time (``pyxc build`` end to end against ``cython`` plus the same
C compile), translation time alone, and generated C line counts. Figures are
medians; nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from benchlib import (
    BUILD,
    EXAMPLES,
    find_pyxc,
    fmt_ratio,
    fmt_time,
    harness,
    load_note,
    python_function,
    same_result,
    table,
    time_interleaved,
)


# Version 1 of the seed, interpreted by CPython: the baseline (the listing's
# own text, taken from examples/rolling.pyx).
rolling_sum_squares_py = python_function(EXAMPLES / "rolling.pyx", "rolling_sum_squares_py")


# (label, module stem, function, input kind)
VARIANTS = [
    ("V1 pure Python source, compiled", "rolling", "rolling_sum_squares_py", "list"),
    ("V2 cdef types (list)", "rolling", "rolling_sum_squares_typed", "list"),
    ("V3 typed memoryviews (ndarray)", "rolling", "rolling_sum_squares_mv", "array"),
    ("Jupyter cell double[::1], no checks", "rolling_jupyter", "rolling_sum_cython", "array"),
]


def build_modules(pyxc: Path | None, run_dir: Path):
    """({stem: module} for pyxc or None, {stem: module} for Cython, pyxc error)."""
    stems = ("rolling", "rolling_jupyter")
    cy = {s: harness.build_cython(EXAMPLES / f"{s}.pyx", BUILD / "cython") for s in stems}
    if pyxc is None:
        return None, cy, "no pyxc binary"
    try:
        px = {s: harness.build_pyxc(pyxc, EXAMPLES / f"{s}.pyx", run_dir / "pyxc") for s in stems}
    except harness.BuildError as exc:
        return None, cy, str(exc)
    return px, cy, None


def runtime_table(px, cy, repeats: int, min_time: float) -> str:
    data = list(range(10_000))
    arr = np.array(data, dtype=np.float64)
    window = 100
    inputs = {"list": (data, window), "array": (arr, window)}

    entries = {("python", "V1"): (rolling_sum_squares_py, (data, window))}
    checks = {}
    reference = rolling_sum_squares_py(data, window)
    for label, stem, func, kind in VARIANTS:
        for builder, mods in (("pyxc", px), ("cython", cy)):
            if mods is None:
                continue
            fn = getattr(mods[stem], func)
            args = inputs[kind]
            try:
                checks[(builder, label)] = same_result(np.asarray(fn(*args)).tolist(), reference)
            except Exception as exc:  # noqa: BLE001 - reported, not timed
                checks[(builder, label)] = f"raised {type(exc).__name__}: {exc}"
                continue
            entries[(builder, label)] = (fn, args)
    medians = time_interleaved(entries, repeats, min_time)
    base = medians[("python", "V1")]

    rows = [["Pure Python V1 (interpreted)", "", "", "", fmt_time(base), "1.00x", ""]]
    for label, _stem, _func, _kind in VARIANTS:
        p = medians.get(("pyxc", label))
        c = medians.get(("cython", label))
        ok = [f"{b}: {checks[(b, label)]}" for b in ("pyxc", "cython") if checks.get((b, label)) not in (None, True)]
        rows.append(
            [
                label,
                fmt_time(p),
                fmt_time(c),
                fmt_ratio(p / c if p and c else None),
                "",
                fmt_ratio(base / p if p else None),
                fmt_ratio(base / c if c else None),
            ]
        )
        if ok:
            rows.append(["  ! result differs from pure Python", "; ".join(ok), "", "", "", "", ""])
    headers = ["variant (per call)", "pyxc", "Cython", "pyxc/Cython", "Python", "speed-up pyxc", "speed-up Cython"]
    return table(headers, rows)


def build_timings(pyxc: Path | None, stems, runs_pyxc: int, runs_cython: int, run_dir: Path) -> str:
    rows = []
    line_rows = []
    for stem in stems:
        pyx = EXAMPLES / f"{stem}.pyx"
        # Cython: translate into a fixed place, record setuptools' compile and
        # link commands once, then time translate + the same commands.
        work = run_dir / f"cython-{stem}"
        work.mkdir(parents=True, exist_ok=True)
        src = work / pyx.name
        shutil.copyfile(pyx, src)
        c_path = work / f"{stem}.c"
        harness.cython_translate(src, c_path)
        commands = harness.setuptools_compile(c_path, stem, work / "lib", work / "temp", execute=False)
        for cmd in commands:  # the output folders, which build_ext left to the compiler
            for arg in cmd:
                if arg.endswith((".o", harness.EXT_SUFFIX)):
                    Path(arg).parent.mkdir(parents=True, exist_ok=True)
        cy_translate, cy_total = [], []
        for _ in range(runs_cython):
            c_path.unlink()
            t0 = time.perf_counter()
            harness.cython_translate(src, c_path)
            t1 = time.perf_counter()
            for cmd in commands:
                proc = harness.run(cmd)
                if proc.returncode != 0:
                    raise harness.BuildError(f"replaying {' '.join(cmd)} failed:\n{proc.stderr}")
            t2 = time.perf_counter()
            cy_translate.append(t1 - t0)
            cy_total.append(t2 - t0)
        cy_lines = sum(1 for _ in open(c_path, encoding="utf-8"))

        px_total, px_translate, px_lines = [], [], None
        if pyxc is not None:
            for i in range(runs_pyxc):
                out = run_dir / f"pyxc-build-{stem}-{i}"
                t0 = time.perf_counter()
                proc = harness.run(harness.pyxc_build_cmd(pyxc, pyx, out))
                px_total.append(time.perf_counter() - t0)
                if proc.returncode != 0:
                    px_total = []
                    break
            for i in range(max(runs_pyxc, 5)):
                out_c = run_dir / f"pyxc-translate-{stem}-{i}.c"
                t0 = time.perf_counter()
                proc = harness.run([pyxc, "translate", pyx, "-o", out_c])
                px_translate.append(time.perf_counter() - t0)
                if proc.returncode != 0:
                    px_translate = []
                    break
                px_lines = sum(1 for _ in open(out_c, encoding="utf-8"))

        def med(v):
            return statistics.median(v) if v else None

        pt, ct = med(px_total), med(cy_total)
        ptr, ctr = med(px_translate), med(cy_translate)
        rows.append(
            [
                f"{stem}.pyx build (to importable module)",
                fmt_time(pt),
                fmt_time(ct),
                fmt_ratio(ct / pt if pt and ct else None),
            ]
        )
        rows.append(
            [f"{stem}.pyx translate only (.pyx -> .c)", fmt_time(ptr), fmt_time(ctr), fmt_ratio(ctr / ptr if ptr else None)]
        )
        line_rows.append(
            [
                f"{stem}.c",
                px_lines if px_lines is not None else "n/a",
                cy_lines,
                fmt_ratio(px_lines / cy_lines if px_lines else None, ""),
            ]
        )
        flags = " ".join(commands[0]) if commands else "?"
    headers = [f"build time (median; pyxc {runs_pyxc} runs, Cython {runs_cython})", "pyxc", "Cython", "Cython/pyxc"]
    text = table(headers, rows)
    text += "\n\n" + table(["generated C", "pyxc lines", "Cython lines", "pyxc/Cython"], line_rows)
    text += f"\n\nCython's C compile command (setuptools build_ext):\n  {flags}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (cargo xtask demo)")
    parser.add_argument("--pyxc", type=Path, help="the pyxc binary (default: $PYXC or target/release/pyxc)")
    parser.add_argument("--repeats", type=int, help="timed repetitions per variant")
    args = parser.parse_args()

    pyxc = find_pyxc(args.pyxc)
    repeats = args.repeats or (5 if args.quick else 15)
    min_time = 0.02 if args.quick else 0.1

    import Cython

    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}, Cython {Cython.__version__}; {load_note()}")
    print(f"pyxc: {pyxc or 'not found'}")
    run_dir = harness.fresh_dir(BUILD, "run")
    try:
        px, cy, error = build_modules(pyxc, run_dir)
        if error:
            print(f"\npyxc could not build the examples; its columns are n/a:\n{error}", file=sys.stderr)
        print(
            f"\nRolling sum of squares, 10_000 elements, window 100 "
            f"(median of {repeats} interleaved repetitions; same C compiler and flags):\n"
        )
        print(runtime_table(px, cy, repeats, min_time))
        print()
        stems = ("rolling",) if args.quick else ("rolling", "rolling_jupyter")
        runs_cython = 1 if args.quick else 5
        runs_pyxc = 3 if args.quick else 5
        print(build_timings(pyxc if px is not None else None, stems, runs_pyxc, runs_cython, run_dir))
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
    return 1 if error else 0


if __name__ == "__main__":
    sys.exit(main())
