"""Build every program with one builder and run all its cases (in child processes).

Cython builds go through the harness's cache (tests/_build/cython) and run
two at a time in worker processes; pyxc builds two at a time in threads.
Each program's cases run in a child of their own (run_diff.py), so an
import failure or a crash only costs that program's cases.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pyxc_harness as harness  # noqa: E402
from diffcase import extra_sources, program_path  # noqa: E402

RUNNER = HERE / "run_diff.py"
JOBS = max(1, min(int(os.environ.get("PYXC_DIFF_JOBS", "2")), 8))


def _cython_build(program: str):
    try:
        path = harness.cython_build_dir(program_path(program), sources=tuple(extra_sources(program)))
        return str(path), None
    except Exception as exc:  # noqa: BLE001 - reported per program
        return None, f"Cython build failed: {exc}"


def _pyxc_build(pyxc: Path, program: str, base: Path):
    args = []
    for s in extra_sources(program):
        args += ["--source", str(s)]
    try:
        return str(harness.pyxc_build_dir(pyxc, program_path(program), base, *args)), None
    except Exception as exc:  # noqa: BLE001
        return None, f"pyxc build failed: {exc}"


def build_all(builder: str, programs: list, workdir: Path) -> dict:
    """``{program: (directory or None, error or None)}``."""
    if builder == "cython":
        # Worker processes: setuptools' build_ext is not thread-safe.
        with ProcessPoolExecutor(JOBS) as pool:
            return dict(zip(programs, pool.map(_cython_build, programs)))
    try:
        pyxc = harness.find_pyxc()
    except FileNotFoundError as exc:
        return {p: (None, str(exc)) for p in programs}
    base = Path(workdir) / "pyxc-builds"
    with ThreadPoolExecutor(JOBS) as pool:
        return dict(zip(programs, pool.map(lambda p: _pyxc_build(pyxc, p, base), programs)))


def run_all(builder: str, cases: dict, workdir: Path) -> tuple:
    """Build and run: ``({case id: outcome}, {program: build error})``."""
    workdir = Path(workdir)
    programs = sorted(cases)
    builds = build_all(builder, programs, workdir)
    results: dict = {}
    errors: dict = {}

    def run_program(program):
        directory, error = builds[program]
        ids = [c.id for c in cases[program]]
        if error is not None:
            return program, {i: ("error", error) for i in ids}, error
        out = harness.run_cases_isolated(
            {program: Path(directory)}, ids, workdir / f"run-{builder}" / program, runner=RUNNER
        )
        return program, out, None

    with ThreadPoolExecutor(JOBS) as pool:
        for program, out, error in pool.map(run_program, programs):
            results.update(out)
            if error:
                errors[program] = error
    return results, errors
