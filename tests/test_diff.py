"""Issue 4's differential corpus: every program of tests/diff/programs and
every seed listing of examples/ with a case file, built by the pinned Cython
and by pyxc, run on the cases of tests/diff/cases.

* test_cython[case]: Cython (the oracle) does what the case says: returns,
  or raises the exception type the case names (with the traceback frames
  it names). A failure here is a wrong case, never a compiler bug.
* test_pyxc[case]: pyxc's outcome is Cython's: the same value of the same
  type (floats bit for bit, arrays by dtype, shape and bytes), or the same
  exception type (and message where the case asks).

Cases that fail against pyxc today are listed in tests/diff/known_failures.txt
and marked xfail(strict=True): a listed case that starts passing fails the
suite until it is removed (`python tests/diff/update_known_failures.py`
rewrites the list from a real run).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

DIFF = Path(__file__).resolve().parent / "diff"
sys.path.insert(0, str(DIFF))

import diffcase  # noqa: E402
import diff_driver as driver  # noqa: E402

CASES = diffcase.all_cases()
FLAT = [c for program in sorted(CASES) for c in CASES[program]]
KNOWN = diffcase.read_known_failures()

_outcomes: dict = {}


def _run(builder: str, tmp_path_factory):
    if builder not in _outcomes:
        _outcomes[builder] = driver.run_all(builder, CASES, tmp_path_factory.mktemp(f"diff-{builder}"))
    return _outcomes[builder]


@pytest.fixture(scope="session")
def cython_diff(tmp_path_factory):
    return _run("cython", tmp_path_factory)[0]


@pytest.fixture(scope="session")
def pyxc_diff(tmp_path_factory):
    return _run("pyxc", tmp_path_factory)[0]


def _pyxc_param(case):
    reason = diffcase.known_reason(KNOWN, case)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", FLAT, ids=[c.id for c in FLAT])
def test_cython(cython_diff, case):
    problem = diffcase.check_cython(case, cython_diff[case.id])
    assert problem is None, problem


@pytest.mark.parametrize("case", [_pyxc_param(c) for c in FLAT])
def test_pyxc(cython_diff, pyxc_diff, case):
    want = cython_diff[case.id]
    if diffcase.check_cython(case, want) is not None:
        pytest.skip("the Cython side of this case fails (see test_cython)")
    problem = diffcase.compare(case, want, pyxc_diff[case.id])
    assert problem is None, problem


def test_known_failures_are_cases():
    """Every line of known_failures.txt names a program or a case that exists."""
    ids = {c.id for c in FLAT} | set(CASES)
    stale = sorted(k for k in KNOWN if k not in ids)
    assert not stale, f"known_failures.txt names unknown programs/cases: {stale}"


def test_corpus_size():
    """Issue 4 asks for at least 200 test functions, covering every program."""
    n_funcs = sum(len({c.func for c in cases}) for cases in CASES.values())
    assert n_funcs >= 200, n_funcs
    for program, cases in CASES.items():
        assert cases, f"{program} has no cases"
