"""What the benchmarks share: timing, result checks, builds and tables.

Used by rolling_bench.py and seed_bench.py (run them with the project's
venv). Nothing here asserts a timing: figures are medians of interleaved
repetitions, printed side by side.
"""

from __future__ import annotations

import gc
import math
import re
import statistics
import sys
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import pyxc_harness as harness  # noqa: E402

BUILD = ROOT / "benches" / "_build"
EXAMPLES = ROOT / "examples"
CYTHON_CACHE = BUILD / "cython"

# Every safety check off, as `pyxc build` / `cython` command-line directives.
CHECKS_OFF = ("boundscheck=False", "wraparound=False", "cdivision=True", "initializedcheck=False")


# ------------------------------------------------------------------ format


def fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    if seconds >= 1:
        return f"{seconds:.3f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3f} ms"
    if seconds >= 1e-6:
        return f"{seconds * 1e6:.1f} us"
    return f"{seconds * 1e9:.1f} ns"


def fmt_ratio(x: float | None, suffix: str = "x") -> str:
    if x is None:
        return "n/a"
    if x >= 1000:
        return f"{x:,.0f}{suffix}"
    if x >= 100:
        return f"{x:.0f}{suffix}"
    return f"{x:.2f}{suffix}"


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def table(headers: list, rows: list) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths)), line]
    for r in rows:
        cells = [str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


# ------------------------------------------------------------------ timing


def calibrate(fn, args, min_time: float) -> tuple:
    """``(calls per sample, seconds per call)`` so that one sample lasts at least ``min_time``."""
    number = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(number):
            fn(*args)
        elapsed = time.perf_counter() - t0
        if elapsed >= min_time or number >= 1 << 20:
            return number, elapsed / number
        number = max(number * 2, int(number * min_time / max(elapsed, 1e-9) * 1.2))


def time_interleaved(
    entries: dict, repeats: int, min_time: float, slow_repeats: int | None = None, slow_time: float = 1.0
) -> dict:
    """Median seconds per call for each entry; repetitions interleaved.

    ``entries`` maps a key to ``(fn, args)``. Every round times each entry
    once (``number`` calls, from :func:`calibrate`), in the given order on
    even rounds and the reverse order on odd ones, so that no entry always
    follows the same neighbour (whose cache footprint or heat it would
    inherit). An entry whose single
    call takes ``slow_time`` or more (a pure-Python baseline on the seed's
    sizes) is timed in the first ``slow_repeats`` rounds only.
    """
    numbers, wanted = {}, {}
    for key, (fn, args) in entries.items():
        numbers[key], per_call = calibrate(fn, args, min_time)
        slow = slow_repeats is not None and per_call >= slow_time
        wanted[key] = min(repeats, slow_repeats) if slow else repeats
    samples: dict = {key: [] for key in entries}
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        order = list(entries.items())
        for round_ in range(repeats):
            for key, (fn, args) in order if round_ % 2 == 0 else reversed(order):
                if round_ >= wanted[key]:
                    continue
                number = numbers[key]
                t0 = time.perf_counter()
                for _ in range(number):
                    fn(*args)
                samples[key].append((time.perf_counter() - t0) / number)
            gc.collect()
    finally:
        if gc_was_enabled:
            gc.enable()
    return {key: statistics.median(v) for key, v in samples.items()}


def load_note() -> str:
    """The load average against the cores, with a warning when others compete."""
    import os

    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    text = f"{cores} cores, load average {load:.2f}"
    if load > 0.75 * cores:
        text += " (other processes compete for the cores: expect noise, most of all in multithreaded rows)"
    return text


# ------------------------------------------------------------------ checks


def same_result(a, b) -> bool:
    """Exactly equal (lists as lists, arrays by value)."""
    import numpy as np

    if isinstance(a, list) or isinstance(b, list):
        return type(a) is type(b) and a == b
    return np.array_equal(np.asarray(a), np.asarray(b))


def _as_arrays(value) -> list:
    import numpy as np

    if isinstance(value, tuple):
        return [np.asarray(v, dtype=np.float64) for v in value]
    return [np.asarray(value, dtype=np.float64)]


def check_close(got, want, rtol: float = 1e-12) -> tuple:
    """``(ok, note)``: ``got`` against the reference ``want``, values only.

    Tuples compare item by item, lists and arrays by value. Exact equality
    gives note "exact"; within ``rtol`` it gives the largest relative
    difference; otherwise ``ok`` is False and the note says where.
    """
    import numpy as np

    try:
        g, w = _as_arrays(got), _as_arrays(want)
    except (TypeError, ValueError) as exc:
        return False, f"not comparable: {exc}"
    if len(g) != len(w) or any(x.shape != y.shape for x, y in zip(g, w)):
        return False, f"shapes differ: {[x.shape for x in g]} vs {[y.shape for y in w]}"
    if all(np.array_equal(x, y, equal_nan=True) for x, y in zip(g, w)):
        return True, "exact"
    worst = 0.0
    for x, y in zip(g, w):
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.abs(x - y) / np.maximum(np.abs(y), 1e-300)
        rel = rel[~(np.isnan(x) & np.isnan(y))]
        if rel.size:
            worst = max(worst, float(np.max(rel)))
    if math.isfinite(worst) and worst <= rtol:
        return True, f"max rel. diff {worst:.1e}"
    return False, f"differs: max rel. diff {worst:.1e} (> {rtol:.0e})"


# ------------------------------------------------------------------ sources


def python_function(pyx_path: Path, name: str):
    """The top-level ``def name(...)`` of a listing, compiled by CPython.

    For the listings that are plain Python (``def add(x, y)``,
    ``compute_stats``, ``matmul_python``): the interpreted baseline is the
    listing's own text, not a copy of it.
    """
    lines = Path(pyx_path).read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf"def\s+{name}\s*\(", line))
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1].isspace() or lines[end][:1] == ")"):
        end += 1
    source = textwrap.dedent("\n".join(lines[start:end])) + "\n"
    namespace: dict = {}
    exec(compile(source, f"{Path(pyx_path).name} (interpreted)", "exec"), namespace)
    return namespace[name]


def without_directive_header(pyx_path: Path, outdir: Path) -> Path:
    """A copy of ``pyx_path`` in ``outdir`` with its ``# cython:`` header lines removed.

    The copy keeps the file name (the module name) and every other line
    (line numbers shift by the removed lines only).
    """
    pyx_path = Path(pyx_path)
    outdir.mkdir(parents=True, exist_ok=True)
    kept = [line for line in pyx_path.read_text().splitlines(keepends=True) if not re.match(r"#\s*cython\s*:", line)]
    out = outdir / pyx_path.name
    out.write_text("".join(kept))
    return out


# ------------------------------------------------------------------ builds


def find_pyxc(path: Path | None) -> Path | None:
    """``path``, else $PYXC / target/release/pyxc / target/debug/pyxc (warning when none)."""
    if path is not None:
        return path
    try:
        return harness.find_pyxc()
    except FileNotFoundError as exc:
        print(f"warning: {exc}", file=sys.stderr)
        return None


class Build:
    """One module to build with both compilers.

    ``key`` names it in the results; ``pyx`` is the source; ``directives``
    are ``NAME=VALUE`` pairs given to both on the command line (``-X``);
    ``openmp`` adds ``-fopenmp`` to Cython's setuptools build, as the seed's
    setup.py for parallel.pyx does (pyxc adds it by itself for ``prange``).
    ``# distutils: sources`` C files go to Cython's build as setuptools
    sources; pyxc reads the comment itself.
    """

    def __init__(self, key: str, pyx: Path, directives: tuple = (), openmp: bool = False):
        self.key = key
        self.pyx = Path(pyx)
        self.directives = tuple(directives)
        self.openmp = openmp

    def x_args(self) -> list:
        return [a for d in self.directives for a in ("-X", d)]


def _cython_build(build: Build) -> tuple:
    flags = ("-fopenmp",) if build.openmp else ()
    try:
        path = harness.cython_build_dir(
            build.pyx,
            CYTHON_CACHE,
            *build.x_args(),
            sources=tuple(harness.distutils_sources(build.pyx)),
            extra_compile_args=flags,
            extra_link_args=flags,
        )
        return str(path), None
    except Exception as exc:  # noqa: BLE001 - reported per build
        return None, f"Cython build of {build.key} failed: {exc}"


def _pyxc_build(pyxc: Path, build: Build, base: Path) -> tuple:
    try:
        return str(harness.pyxc_build_dir(pyxc, build.pyx, base, *build.x_args())), None
    except Exception as exc:  # noqa: BLE001
        return None, f"pyxc build of {build.key} failed: {exc}"


def build_all(builds: list, pyxc: Path | None, run_dir: Path, jobs: int = 2) -> tuple:
    """Build every ``Build`` with Cython (cached) and pyxc, ``jobs`` at a time.

    Returns ``({key: module} for pyxc, {key: module} for Cython, [errors])``;
    a build that fails is missing from its dict and reported in the errors.
    Cython builds run in worker processes (setuptools' build_ext is not
    thread-safe), then pyxc builds in threads: never more than ``jobs``
    compiles at once.
    """
    errors = []
    with ProcessPoolExecutor(jobs) as pool:
        cy_dirs = dict(zip((b.key for b in builds), pool.map(_cython_build, builds)))
    if pyxc is None:
        px_dirs = {b.key: (None, "no pyxc binary") for b in builds}
    else:
        with ThreadPoolExecutor(jobs) as pool:
            px_dirs = dict(
                zip((b.key for b in builds), pool.map(lambda b: _pyxc_build(pyxc, b, run_dir / "pyxc"), builds))
            )
    px, cy = {}, {}
    for b in builds:
        for dirs, mods in ((px_dirs, px), (cy_dirs, cy)):
            directory, error = dirs[b.key]
            if error is not None:
                errors.append(error)
                continue
            try:
                mods[b.key] = harness.load_module(b.pyx.stem, Path(directory))
            except Exception as exc:  # noqa: BLE001
                errors.append(f"importing {b.key}: {exc}")
    return px, cy, errors
