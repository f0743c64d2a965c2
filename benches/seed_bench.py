"""Every seed listing of examples/: pyxc against Cython, pure Python and numpy/pandas.

Run with the project's venv (``cargo xtask bench`` runs it after
rolling_bench.py)::

    .venv/bin/python benches/seed_bench.py [--quick] [--pyxc PATH] [--repeats N] [--only LISTING ...]

Builds each listing of the seed (add, compute_stats, inner, matmul,
rolling_stats, parallel, math_ext, fast_filter) with pyxc (told nothing but
which Python to build for) and with the pinned Cython (``cython -3``, then
setuptools' build_ext: the compiler and flags a setup.py build uses; plus
``-fopenmp`` for parallel.pyx, as the seed's setup.py for it asks), then
times, per listing in one process with interleaved repetitions:

* each listed function built by pyxc and by Cython;
* pure Python: the listing itself, interpreted, where it is plain Python
  (``def add(x, y)``, ``compute_stats``, ``matmul_python``), else the same
  algorithm written in plain Python (on lists);
* numpy / pandas where the seed compares them (``np.dot``; pandas
  ``rolling(window).mean()/.std(ddof=0)``) and vectorised numpy versions of
  the gaussian kernel and the polar-to-cartesian conversion (pandas
  ``ewm(adjust=False)`` for the EMA).

Every result is checked against the pure-Python one before it is timed.
Then the cost of the checks (issue 5): the rolling memoryview kernel (V3 of
examples/rolling.pyx) and the memoryview matmul, each built from a variant
with no ``# cython:`` header (every check on: the defaults) and with every
check off on the command line (``-X boundscheck=False -X wraparound=False
-X cdivision=True -X initializedcheck=False``, the same for pyxc and
Cython). Figures are medians; nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
from dataclasses import dataclass, field
from math import cos, exp, sin
from pathlib import Path

import numpy as np

from benchlib import (
    BUILD,
    CHECKS_OFF,
    EXAMPLES,
    Build,
    build_all,
    check_close,
    find_pyxc,
    fmt_ratio,
    fmt_time,
    harness,
    load_note,
    python_function,
    ratio,
    table,
    time_interleaved,
    without_directive_header,
)

# The seed's sizes where it gives them (matmul 200x200, rolling_stats 1M
# points window 50, parallel 10M elements; rolling.pyx 10_000 window 100);
# the others are chosen here. --quick scales the big ones down.
FULL = {
    "stats_n": 1_000_000,
    "batch_n": 1_000_000,
    "matmul_n": 200,
    "rs_n": 1_000_000,
    "rs_window": 50,
    "gauss_n": 10_000_000,
    "polar_n": 1_000_000,
    "ema_n": 1_000_000,
    "roll_n": 10_000,
    "roll_window": 100,
}
QUICK = {**FULL, "stats_n": 100_000, "batch_n": 100_000, "matmul_n": 100, "rs_n": 100_000, "gauss_n": 1_000_000,
         "polar_n": 100_000, "ema_n": 100_000}


# ----------------------------------------------- plain-Python equivalents
# The typed listings' algorithms, line for line, in plain Python (on lists).


def compute_python(x, y):  # inner.pyx: compute / _inner_compute
    return x * x + y * y


def compute_batch_python(xs, ys):  # inner.pyx: compute_batch
    n = len(xs)
    result = [0.0] * n
    for i in range(n):
        result[i] = xs[i] * xs[i] + ys[i] * ys[i]
    return result


def rolling_mean_std_python(data, window):  # rolling_stats.pyx: Welford over each window
    n = len(data)
    out_len = n - window + 1
    means = [0.0] * out_len
    stds = [0.0] * out_len
    for i in range(out_len):
        m = 0.0
        M2 = 0.0
        for j in range(window):
            x = data[i + j]
            delta = x - m
            m += delta / (j + 1)
            delta2 = x - m
            M2 += delta * delta2
        means[i] = m
        stds[i] = (M2 / window) ** 0.5
    return means, stds


def apply_gaussian_kernel_python(data, sigma):  # parallel.pyx: the serial kernel
    n = len(data)
    result = [0.0] * n
    coeff = -1.0 / (2.0 * sigma * sigma)
    for i in range(n):
        result[i] = exp(coeff * data[i] * data[i])
    return result


def compute_polar_to_cartesian_python(r, theta):  # math_ext.pyx
    n = len(r)
    x = [0.0] * n
    y = [0.0] * n
    for i in range(n):
        x[i] = r[i] * cos(theta[i])
        y[i] = r[i] * sin(theta[i])
    return x, y


def exponential_moving_average_python(data, alpha):  # fast_filter.pyx + fast_filter_impl.c
    n = len(data)
    if n <= 0:
        return 0.0
    ema = data[0]
    for i in range(1, n):
        ema = alpha * data[i] + (1.0 - alpha) * ema
    return ema


# ------------------------------------------------------ vectorised peers


def gaussian_numpy(data, sigma):
    coeff = -1.0 / (2.0 * sigma * sigma)
    return np.exp(coeff * data * data)


def polar_numpy(r, theta):
    return r * np.cos(theta), r * np.sin(theta)


def pandas_rolling_mean_std(series, window):
    rolling = series.rolling(window)
    return rolling.mean().to_numpy()[window - 1 :], rolling.std(ddof=0).to_numpy()[window - 1 :]


def pandas_ema(series, alpha):
    return series.ewm(alpha=alpha, adjust=False).mean().iloc[-1]


# ------------------------------------------------------------ the plan


@dataclass
class Row:
    """One compiled function, timed as built by pyxc and by Cython."""

    label: str
    build: str  # Build key
    func: str
    args: tuple
    baseline: str  # key of its pure-Python baseline in Group.python


@dataclass
class Lib:
    """A library doing the same job (numpy, pandas): timed, checked with ``rtol``."""

    label: str
    fn: object
    args: tuple
    baseline: str
    versus: str  # label of the Row it is compared with
    rtol: float = 1e-9


@dataclass
class Group:
    listing: str
    inputs: str
    python: dict  # key -> (label, fn, args)
    rows: list
    libs: list = field(default_factory=list)


def _rng(name: str):
    return np.random.default_rng(sum(name.encode()) + 20240601)


def group_add(sizes: dict) -> Group:
    add_py = python_function(EXAMPLES / "add.pyx", "add")
    return Group(
        "add.pyx",
        "two floats (1.5, 2.25); per call, timing loop included",
        {"add": ("add (the listing's def add(x, y), interpreted)", add_py, (1.5, 2.25))},
        [
            Row("add(x, y)  untyped", "add", "add", (1.5, 2.25), "add"),
            Row("add_typed(double x, double y)", "add", "add_typed", (1.5, 2.25), "add"),
        ],
    )


def group_compute_stats(sizes: dict) -> Group:
    n = sizes["stats_n"]
    data = _rng("compute_stats").standard_normal(n).tolist()
    stats_py = python_function(EXAMPLES / "compute_stats.pyx", "compute_stats")
    return Group(
        "compute_stats.pyx",
        f"a list of {n:_} floats",
        {"stats": ("compute_stats (the listing, interpreted)", stats_py, (data,))},
        [
            Row("compute_stats(data)  untyped", "compute_stats", "compute_stats", (data,), "stats"),
            Row("compute_stats_typed(data)  cdef int/double", "compute_stats", "compute_stats_typed", (data,), "stats"),
        ],
    )


def group_inner(sizes: dict) -> Group:
    n = sizes["batch_n"]
    rng = _rng("inner")
    xs, ys = rng.standard_normal(n).tolist(), rng.standard_normal(n).tolist()
    return Group(
        "inner.pyx",
        f"compute: two floats; compute_batch: two lists of {n:_} floats",
        {
            "compute": ("x * x + y * y in plain Python", compute_python, (1.5, 2.25)),
            "batch": ("compute_batch in plain Python", compute_batch_python, (xs, ys)),
        },
        [
            Row("compute(x, y)  cpdef double", "inner", "compute", (1.5, 2.25), "compute"),
            Row("compute_batch(list xs, list ys)", "inner", "compute_batch", (xs, ys), "batch"),
        ],
    )


def matmul_inputs(sizes: dict) -> tuple:
    n = sizes["matmul_n"]
    rng = _rng("matmul")
    return rng.standard_normal((n, n)), rng.standard_normal((n, n))


def group_matmul(sizes: dict) -> Group:
    A, B = matmul_inputs(sizes)
    n = A.shape[0]
    Al, Bl = A.tolist(), B.tolist()
    mm_py = python_function(EXAMPLES / "matmul.pyx", "matmul_python")
    return Group(
        "matmul.pyx",
        f"{n}x{n} float64 (lists of lists for matmul_python)",
        {"mm": ("matmul_python (the listing, interpreted)", mm_py, (Al, Bl))},
        [
            Row("matmul_python(A, B)  lists, compiled", "matmul", "matmul_python", (Al, Bl), "mm"),
            Row("matmul_cython(double[:, ::1] A, B)", "matmul", "matmul_cython", (A, B), "mm"),
        ],
        [Lib("numpy np.dot(A, B) (BLAS)", np.dot, (A, B), "mm", "matmul_cython(double[:, ::1] A, B)", 1e-9)],
    )


def group_rolling_stats(sizes: dict) -> Group:
    import pandas as pd

    n, w = sizes["rs_n"], sizes["rs_window"]
    arr = _rng("rolling_stats").standard_normal(n)
    label = "rolling_mean_std(double[::1] data, int window)"
    return Group(
        "rolling_stats.pyx",
        f"{n:_} float64 points, window {w}",
        {"rs": ("Welford rolling mean/std in plain Python (list)", rolling_mean_std_python, (arr.tolist(), w))},
        [Row(label, "rolling_stats", "rolling_mean_std", (arr, w), "rs")],
        [Lib("pandas Series.rolling(w).mean() and .std(ddof=0)", pandas_rolling_mean_std, (pd.Series(arr), w), "rs",
             label, 1e-6)],
    )


def group_parallel(sizes: dict) -> Group:
    n = sizes["gauss_n"]
    arr = _rng("parallel").standard_normal(n)
    sigma = 1.5
    ncpu = os.cpu_count() or 1
    f = "apply_gaussian_kernel_parallel"
    rows = [
        Row("apply_gaussian_kernel_serial", "parallel", "apply_gaussian_kernel_serial", (arr, sigma), "g"),
        Row(f"{f} (n_threads=4, the default)", "parallel", f, (arr, sigma), "g"),
    ]
    if ncpu != 4:
        rows.append(Row(f"{f} (n_threads={ncpu}, the cores)", "parallel", f, (arr, sigma, ncpu), "g"))
    return Group(
        "parallel.pyx",
        f"{n:_} float64 elements, sigma {sigma}; {ncpu} cores",
        {"g": ("the serial kernel in plain Python (list)", apply_gaussian_kernel_python, (arr.tolist(), sigma))},
        rows,
        [Lib("numpy np.exp(coeff * data * data)", gaussian_numpy, (arr, sigma), "g", rows[0].label, 1e-12)],
    )


def group_math_ext(sizes: dict) -> Group:
    n = sizes["polar_n"]
    rng = _rng("math_ext")
    r = rng.uniform(0.0, 10.0, n)
    theta = rng.uniform(-math.pi, math.pi, n)
    label = "compute_polar_to_cartesian(double[::1] r, theta)"
    return Group(
        "math_ext.pyx",
        f"{n:_} float64 (r, theta) pairs",
        {"p": ("the same loop in plain Python (lists)", compute_polar_to_cartesian_python, (r.tolist(), theta.tolist()))},
        [Row(label, "math_ext", "compute_polar_to_cartesian", (r, theta), "p")],
        [Lib("numpy r * np.cos(theta), r * np.sin(theta)", polar_numpy, (r, theta), "p", label, 1e-12)],
    )


def group_fast_filter(sizes: dict) -> Group:
    import pandas as pd

    n = sizes["ema_n"]
    arr = _rng("fast_filter").standard_normal(n)
    alpha = 0.1
    label = "exponential_moving_average (calls fast_ema in C)"
    return Group(
        "fast_filter.pyx",
        f"{n:_} float64 elements, alpha {alpha}",
        {"ema": ("fast_ema's loop in plain Python (list)", exponential_moving_average_python, (arr.tolist(), alpha))},
        [Row(label, "fast_filter", "exponential_moving_average", (arr, alpha), "ema")],
        [Lib("pandas Series.ewm(alpha, adjust=False).mean() (every value)", pandas_ema, (pd.Series(arr), alpha), "ema",
             label, 1e-9)],
    )


# listing stem -> the Group factory (inputs are made only when it runs)
GROUPS = {
    "add": group_add,
    "compute_stats": group_compute_stats,
    "inner": group_inner,
    "matmul": group_matmul,
    "rolling_stats": group_rolling_stats,
    "parallel": group_parallel,
    "math_ext": group_math_ext,
    "fast_filter": group_fast_filter,
}
LISTINGS = tuple(GROUPS)


# ------------------------------------------------------------- running


def describe_check(notes: dict) -> str:
    """One cell for the checks of a row: ``{builder: note}``."""
    if notes and all(v == "exact" for v in notes.values()):
        return "exact"
    return "; ".join(f"{b}: {v}" for b, v in notes.items())


def run_group(group: Group, px: dict, cy: dict, repeats: int, min_time: float, slow_repeats: int) -> tuple:
    """(table rows, library rows, [(label, pyxc/Cython)]) for one listing."""
    references = {key: fn(*args) for key, (_label, fn, args) in group.python.items()}
    entries = {("python", key): (fn, args) for key, (_label, fn, args) in group.python.items()}
    notes: dict = {}
    for row in group.rows:
        for builder, mods in (("pyxc", px), ("Cython", cy)):
            if row.build not in mods:
                notes.setdefault(row.label, {})[builder] = "not built"
                continue
            fn = getattr(mods[row.build], row.func)
            try:
                ok, note = check_close(fn(*row.args), references[row.baseline])
            except Exception as exc:  # noqa: BLE001 - reported, not timed
                ok, note = False, f"raised {type(exc).__name__}: {exc}"
            notes.setdefault(row.label, {})[builder] = note if ok else f"NOT TIMED, {note}"
            if ok:
                entries[(builder, row.label)] = (fn, row.args)
    lib_notes = {}
    for lib in group.libs:
        try:
            ok, note = check_close(lib.fn(*lib.args), references[lib.baseline], lib.rtol)
        except Exception as exc:  # noqa: BLE001
            ok, note = False, f"raised {type(exc).__name__}: {exc}"
        lib_notes[lib.label] = note if ok else f"NOT TIMED, {note}"
        if ok:
            entries[("lib", lib.label)] = (lib.fn, lib.args)
    del references

    medians = time_interleaved(entries, repeats, min_time, slow_repeats=slow_repeats)

    rows = [[f"{group.listing}: {group.inputs}", "", "", "", "", "", "", ""]]
    for key, (label, _fn, _args) in group.python.items():
        rows.append([f"  pure Python: {label}", "", "", "", fmt_time(medians.get(("python", key))), "1.00x", "1.00x", ""])
    slow = []
    for row in group.rows:
        p, c = medians.get(("pyxc", row.label)), medians.get(("Cython", row.label))
        base = medians.get(("python", row.baseline))
        r = ratio(p, c)
        if r is not None and r > 1.05:
            slow.append((f"{group.listing} {row.label}", r))
        rows.append(
            [
                f"  {row.label}",
                fmt_time(p),
                fmt_time(c),
                fmt_ratio(r),
                fmt_time(base),
                fmt_ratio(ratio(base, p)),
                fmt_ratio(ratio(base, c)),
                describe_check(notes[row.label]),
            ]
        )
    lib_rows = []
    by_label = {row.label: row for row in group.rows}
    for lib in group.libs:
        t = medians.get(("lib", lib.label))
        row = by_label[lib.versus]
        lib_rows.append(
            [
                f"{group.listing}: {lib.label}",
                fmt_time(t),
                fmt_ratio(ratio(medians.get(("python", lib.baseline)), t)),
                lib.versus.split("(")[0].strip(),
                fmt_ratio(ratio(medians.get(("pyxc", row.label)), t)),
                fmt_ratio(ratio(medians.get(("Cython", row.label)), t)),
                lib_notes[lib.label],
            ]
        )
    return rows, lib_rows, slow


def check_cost(px: dict, cy: dict, sizes: dict, repeats: int, min_time: float, slow_repeats: int) -> tuple:
    """The checks-on / checks-off table rows and the slow list."""
    n, w = sizes["roll_n"], sizes["roll_window"]
    roll_list = list(range(n))
    roll_arr = np.array(roll_list, dtype=np.float64)
    roll_ref = python_function(EXAMPLES / "rolling.pyx", "rolling_sum_squares_py")(roll_list, w)
    A, B = matmul_inputs(sizes)
    m = A.shape[0]
    mm_ref = python_function(EXAMPLES / "matmul.pyx", "matmul_python")(A.tolist(), B.tolist())
    kernels = [
        (f"rolling.pyx V3 rolling_sum_squares_mv ({n:_}, window {w})", "rolling", "rolling_sum_squares_mv",
         (roll_arr, w), roll_ref),
        (f"matmul.pyx matmul_cython ({m}x{m})", "matmul", "matmul_cython", (A, B), mm_ref),
    ]
    entries, notes = {}, {}
    for label, stem, func, args, ref in kernels:
        for checks in ("on", "off"):
            for builder, mods in (("pyxc", px), ("Cython", cy)):
                key = f"{stem} checks {checks}"
                if key not in mods:
                    notes.setdefault(label, []).append(f"{builder} {checks}: not built")
                    continue
                fn = getattr(mods[key], func)
                try:
                    ok, note = check_close(fn(*args), ref)
                except Exception as exc:  # noqa: BLE001
                    ok, note = False, f"raised {type(exc).__name__}: {exc}"
                if ok:
                    entries[(label, checks, builder)] = (fn, args)
                if note != "exact":
                    notes.setdefault(label, []).append(f"{builder} {checks}: {note}")
    medians = time_interleaved(entries, repeats, min_time, slow_repeats=slow_repeats)
    rows, slow = [], []
    for label, *_ in kernels:
        t = {k[1:]: v for k, v in medians.items() if k[0] == label}
        pon, poff = t.get(("on", "pyxc")), t.get(("off", "pyxc"))
        con, coff = t.get(("on", "Cython")), t.get(("off", "Cython"))
        for checks, r in (("on", ratio(pon, con)), ("off", ratio(poff, coff))):
            if r is not None and r > 1.05:
                slow.append((f"{label}, checks {checks}", r))
        rows.append(
            [
                label,
                fmt_time(pon),
                fmt_time(poff),
                fmt_ratio(ratio(pon, poff)),
                fmt_time(con),
                fmt_time(coff),
                fmt_ratio(ratio(con, coff)),
                fmt_ratio(ratio(pon, con)),
                fmt_ratio(ratio(poff, coff)),
                "; ".join(notes.get(label, [])) or "exact",
            ]
        )
    return rows, slow


def c_lines(pyxc: Path | None, builds: list, cy: dict, run_dir: Path) -> list:
    rows = []
    for b in builds:
        cy_c = Path(cy[b.key].__file__).parent / f"{b.pyx.stem}.c" if b.key in cy else None
        cy_lines = sum(1 for _ in open(cy_c, encoding="utf-8")) if cy_c and cy_c.is_file() else None
        px_lines = None
        if pyxc is not None:
            out = run_dir / f"translate-{b.key.replace(' ', '-')}.c"
            proc = harness.run([pyxc, "translate", b.pyx, "-o", out, *b.x_args()])
            if proc.returncode == 0:
                px_lines = sum(1 for _ in open(out, encoding="utf-8"))
        rows.append(
            [
                f"{b.pyx.name}" + (f" ({b.key.split(' ', 1)[1]})" if " " in b.key else ""),
                px_lines if px_lines is not None else "n/a",
                cy_lines if cy_lines is not None else "n/a",
                fmt_ratio(ratio(px_lines, cy_lines), ""),
            ]
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs, fewer repetitions")
    parser.add_argument("--pyxc", type=Path, help="the pyxc binary (default: $PYXC or target/release/pyxc)")
    parser.add_argument("--repeats", type=int, help="timed repetitions per variant")
    parser.add_argument("--only", nargs="+", choices=LISTINGS, metavar="LISTING", help="only these listings")
    parser.add_argument("--no-checks", action="store_true", help="skip the cost-of-the-checks rows")
    args = parser.parse_args()

    pyxc = find_pyxc(args.pyxc)
    sizes = QUICK if args.quick else FULL
    repeats = args.repeats or (5 if args.quick else 15)
    slow_repeats = min(repeats, 3 if args.quick else 5)
    min_time = 0.02 if args.quick else 0.1
    listings = args.only or LISTINGS

    import Cython
    import pandas

    print(
        f"Python {sys.version.split()[0]}, numpy {np.__version__}, pandas {pandas.__version__}, "
        f"Cython {Cython.__version__}; {load_note()}"
    )
    print(f"pyxc: {pyxc or 'not found'}")
    run_dir = harness.fresh_dir(BUILD, "seed")
    failed = False
    try:
        builds = [Build(s, EXAMPLES / f"{s}.pyx", openmp=(s == "parallel")) for s in listings]
        check_builds = []
        if not args.no_checks:
            for stem in ("rolling", "matmul"):
                variant = without_directive_header(EXAMPLES / f"{stem}.pyx", run_dir / "checks-src")
                check_builds.append(Build(f"{stem} checks on", variant))
                check_builds.append(Build(f"{stem} checks off", variant, CHECKS_OFF))
        print(f"\nbuilding {len(builds) + len(check_builds)} modules with Cython (cached) and with pyxc ...")
        px, cy, errors = build_all(builds + check_builds, pyxc, run_dir)
        for e in errors:
            failed = True
            print(f"\n{e}", file=sys.stderr)

        rows, lib_rows, slow = [], [], []
        for name in listings:
            print(f"timing {name}.pyx ...", file=sys.stderr, flush=True)
            r, lr, s = run_group(GROUPS[name](sizes), px, cy, repeats, min_time, slow_repeats)
            rows += r
            lib_rows += lr
            slow += s
        print(
            f"\nSeed listings (median of {repeats} interleaved repetitions, {slow_repeats} for calls of 1 s "
            f"or more; per call; same C compiler and flags):\n"
        )
        print(
            table(
                ["listing / function", "pyxc", "Cython", "pyxc/Cython", "pure Python", "speed-up pyxc",
                 "speed-up Cython", "check vs pure Python"],
                rows,
            )
        )
        if lib_rows:
            print("\nnumpy / pandas on the same inputs (time per call; speed-up over the listing's pure Python):\n")
            print(
                table(
                    ["library", "time", "speed-up", "compared with", "pyxc/library", "Cython/library", "check"],
                    lib_rows,
                )
            )
        if check_builds:
            crow, cslow = check_cost(px, cy, sizes, repeats, min_time, slow_repeats)
            slow += cslow
            print(
                "\nCost of the checks: every check on (defaults, no `# cython:` header) vs every check off "
                f"({' '.join('-X ' + d for d in CHECKS_OFF)}):\n"
            )
            print(
                table(
                    ["kernel", "pyxc on", "pyxc off", "pyxc on/off", "Cython on", "Cython off", "Cython on/off",
                     "pyxc/Cython on", "pyxc/Cython off", "check"],
                    crow,
                )
            )
        print("\nGenerated C lines:\n")
        print(table(["module", "pyxc", "Cython", "pyxc/Cython"], c_lines(pyxc, builds + check_builds, cy, run_dir)))
        print()
        if slow:
            print("pyxc slower than 1.05x Cython's time:")
            for label, r in slow:
                print(f"  {label}: {r:.2f}x")
        else:
            print("pyxc within 1.05x of Cython's time (or faster) everywhere.")
        print(f"at the end: {load_note()}")
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
