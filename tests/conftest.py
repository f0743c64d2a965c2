"""Fixtures for the end-to-end tests.

* ``pyxc_bin``: the pyxc binary ($PYXC, else target/release/pyxc, else
  target/debug/pyxc).
* ``build_pyxc(pyx_path, tmpdir, *args)``: build with pyxc, return the module.
* ``build_cython(pyx_path, tmpdir=None, *args)``: build with the pinned Cython
  (cached in tests/_build/cython), return the module.
* ``rolling_outcomes``: every case of rolling_cases.py run on the modules
  built by one builder (parametrised: "cython", "pyxc"), in child processes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pyxc_harness as harness  # noqa: E402
from rolling_cases import CASES  # noqa: E402

ROOT = harness.ROOT
EXAMPLES = ROOT / "examples"
BUILDERS = ("cython", "pyxc")


@pytest.fixture(scope="session")
def pyxc_bin() -> Path:
    try:
        return harness.find_pyxc()
    except FileNotFoundError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def build_pyxc(pyxc_bin):
    def build(pyx_path, tmpdir, *args):
        try:
            return harness.build_pyxc(pyxc_bin, pyx_path, tmpdir, *args)
        except harness.BuildError as exc:
            pytest.fail(str(exc), pytrace=False)

    return build


@pytest.fixture(scope="session")
def build_cython():
    def build(pyx_path, tmpdir=None, *args):
        try:
            return harness.build_cython(pyx_path, tmpdir, *args)
        except harness.BuildError as exc:
            pytest.fail(str(exc), pytrace=False)

    return build


class Outcomes:
    """The outcome of every rolling case for one builder, or why there is none."""

    def __init__(self, builder: str, results: dict | None = None, error: str | None = None):
        self.builder = builder
        self.results = results or {}
        self.error = error

    def __getitem__(self, case_id: str):
        if self.error is not None:
            pytest.fail(f"{self.builder}: {self.error}", pytrace=False)
        result = self.results[case_id]
        if result[0] == "crash":
            pytest.fail(f"{self.builder}-built module crashed the interpreter on {case_id}: {result[1]}")
        if result[0] == "error":
            pytest.fail(f"{self.builder}: {result[1]}", pytrace=False)
        return result


_outcomes_cache: dict = {}


def _outcomes(builder: str, tmp_path_factory) -> Outcomes:
    if builder in _outcomes_cache:
        return _outcomes_cache[builder]
    stems = ("rolling", "rolling_jupyter")
    try:
        if builder == "cython":
            dirs = {s: harness.cython_build_dir(EXAMPLES / f"{s}.pyx") for s in stems}
        else:
            pyxc = harness.find_pyxc()
            base = tmp_path_factory.mktemp("pyxc-rolling")
            dirs = {s: harness.pyxc_build_dir(pyxc, EXAMPLES / f"{s}.pyx", base) for s in stems}
    except (harness.BuildError, FileNotFoundError) as exc:
        result = Outcomes(builder, error=f"build failed: {exc}")
    else:
        work = tmp_path_factory.mktemp(f"cases-{builder}")
        result = Outcomes(builder, harness.run_cases_isolated(dirs, [c.id for c in CASES], work))
    _outcomes_cache[builder] = result
    return result


@pytest.fixture(scope="session")
def cython_outcomes(tmp_path_factory) -> Outcomes:
    return _outcomes("cython", tmp_path_factory)


@pytest.fixture(scope="session")
def pyxc_outcomes(tmp_path_factory) -> Outcomes:
    return _outcomes("pyxc", tmp_path_factory)


@pytest.fixture(scope="session", params=BUILDERS)
def rolling_outcomes(request, tmp_path_factory) -> Outcomes:
    return _outcomes(request.param, tmp_path_factory)


def pytest_terminal_summary(terminalreporter):
    """The differential corpus (test_diff.py) prints its counts."""
    sys.path.insert(0, str(HERE / "diff"))
    import diffcase

    diffcase.terminal_summary(terminalreporter)
