"""Issue 3: examples/rolling.pyx and examples/rolling_jupyter.pyx, end to end.

Both files are built by pyxc and by the pinned Cython; every case of
rolling_cases.py is run on each build in a child process. Three kinds of
check:

* test_expected: what issue 3 asks for (values equal to the pure-Python V1,
  the exception types for misuse), for both builders: the Cython half checks
  that the expectations are Cython's;
* test_same_as_cython: pyxc's outcome is Cython's on every case (same
  values exactly, same exception type, and the same message where the case
  says so);
* test_traceback: an exception raised inside a function names the .pyx file,
  line and function in the traceback.
"""

from __future__ import annotations

import math
import re
import struct

import numpy as np
import pytest
from conftest import EXAMPLES
from rolling_cases import BY_ID, CASES, rolling_sum_squares_ref


def _reference(case):
    args, kwargs = case.make()
    args = [a.tolist() if isinstance(a, np.ndarray) else a for a in args]
    kwargs = {k: v.tolist() if isinstance(v, np.ndarray) else v for k, v in kwargs.items()}
    return rolling_sum_squares_ref(*args, **kwargs)


def _describe(outcome):
    if outcome[0] == "raise":
        kind = outcome[1].__name__ if isinstance(outcome[1], type) else outcome[1]
        return f"raised {kind}: {outcome[2]}\n{outcome[3]}"
    return f"returned {outcome[1]}: {outcome[2]!r}"[:2000]


def _bits(xs):
    """Floats bit for bit (the sign of zero counts; any NaN matches a NaN)."""
    return [("nan" if math.isnan(x) else struct.pack("<d", x)) for x in xs]


def _assert_list(value, expected, exact):
    assert type(value) is list
    assert len(value) == len(expected)
    # Python floats (V2's C double total), or what Python's own arithmetic
    # gives (V1 adding numpy items).
    assert all(type(x) in (float, type(e)) for x, e in zip(value, expected)), value
    if exact:
        assert _bits(value) == _bits(expected), (value, expected)
    else:
        assert value == pytest.approx(expected, rel=1e-12, abs=1e-12)


def _assert_array(value, expected, exact):
    expected = np.array(expected, dtype=np.float64)
    assert value.dtype == np.float64
    assert value.ndim == 1
    assert value.shape == expected.shape
    if exact:
        assert np.array_equal(value, expected)
    else:
        np.testing.assert_allclose(value, expected, rtol=1e-12, atol=1e-12)


EXPECTED = [c for c in CASES if c.expect is not None]


@pytest.mark.parametrize("case", EXPECTED, ids=[c.id for c in EXPECTED])
def test_expected(rolling_outcomes, case):
    got = rolling_outcomes[case.id]
    if case.expect != "ok":
        assert got[0] == "raise", f"expected {case.expect.__name__}, {_describe(got)}"
        assert got[1] is case.expect, _describe(got)
        return
    assert got[0] == "ok", _describe(got)
    _, kind, value = got
    if case.func == "rolling_sum_squares_mv":
        assert kind == "ndarray", f"V3 returns a numpy array (as Cython), got {kind}"
    if not case.reference:
        return
    expected = _reference(case)
    if kind == "list":
        _assert_list(value, expected, case.exact)
    else:
        assert case.module == "rolling_jupyter" or kind == "ndarray", kind
        _assert_array(value, expected, case.exact)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_same_as_cython(cython_outcomes, pyxc_outcomes, case):
    want = cython_outcomes[case.id]
    got = pyxc_outcomes[case.id]
    assert got[0] == want[0], f"Cython {_describe(want)}\npyxc {_describe(got)}"
    if want[0] == "raise":
        assert got[1] == want[1], f"Cython {_describe(want)}\npyxc {_describe(got)}"
        if case.same_message:
            assert got[2] == want[2]
        return
    _, want_kind, want_value = want
    _, got_kind, got_value = got
    if want_kind in ("list", "ndarray"):
        assert got_kind == want_kind
    else:  # Cython returns its memoryview object: anything np.asarray takes will do
        assert got_kind.startswith(("buffer:", "ndarray")), got_kind
    if want_kind == "list":
        assert [type(x) for x in got_value] == [type(x) for x in want_value]
        assert _bits(got_value) == _bits(want_value)
    else:
        assert got_value.dtype == want_value.dtype
        assert got_value.shape == want_value.shape
        # Same arithmetic in the same order: bit-identical results.
        assert np.array_equal(got_value, want_value)


def _line_of(func: str, text: str, path=EXAMPLES / "rolling.pyx") -> int:
    """The 1-based number of the first line containing ``text`` after ``def func``."""
    lines = path.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"def {func}("))
    return next(i for i in range(start, len(lines)) if text in lines[i]) + 1


TRACEBACK_CASES = [
    ("v1-str-elements", "total += data[i + j] ** 2"),
    ("v2-str-elements", "total += data[i + j] ** 2"),
    ("v3-window-len-plus-2", "np.empty(n - window + 1)"),
]


@pytest.mark.parametrize("case_id,text", TRACEBACK_CASES, ids=[c for c, _ in TRACEBACK_CASES])
def test_traceback(rolling_outcomes, case_id, text):
    case = BY_ID[case_id]
    got = rolling_outcomes[case_id]
    assert got[0] == "raise", _describe(got)
    tb = got[3]
    line = _line_of(case.func, text)
    pattern = rf'File "(?:[^"]*/)?rolling\.pyx", line {line}, in (?:rolling\.)?{case.func}\n'
    assert re.search(pattern, tb), f"no frame matching {pattern!r} in:\n{tb}"
