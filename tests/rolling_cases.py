"""The calls made on examples/rolling.pyx and examples/rolling_jupyter.pyx.

Each case names a module, a function, how to make its arguments, and what
issue 3 says must happen (``expect``): ``"ok"`` (a value, checked against the
pure-Python V1 below when ``reference`` is set) or an exception type.
``same_message`` asks for Cython's exact message as well as its type.

The cases are run in a child process (``run_cases.py``) so that a crash in a
freshly built module fails the cases it crashed on instead of the whole run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

# -------------------------------------------------------------- reference


def rolling_sum_squares_ref(data: list, window: int) -> list:
    """The seed's Version 1, run by the interpreter (never compiled)."""
    result = []
    n = len(data)
    for i in range(n - window + 1):
        total = 0.0
        for j in range(window):
            total += data[i + j] ** 2
        result.append(total)
    return result


# ------------------------------------------------------------------ inputs


def seed_list():
    return list(range(10_000))


def seed_array():
    import numpy as np

    return np.array(seed_list(), dtype=np.float64)


def small_list():
    return list(range(10))


def small_array():
    import numpy as np

    return np.arange(10, dtype=np.float64)


def random_array():
    import numpy as np

    return np.random.default_rng(20240601).uniform(-5.0, 5.0, 1000)


def random_list():
    return random_array().tolist()


def readonly_array():
    a = small_array()
    a.setflags(write=False)
    return a


def int_items():
    # Around the bounds of the exact-int fast path (|k| <= 94906265: k*k is
    # exactly a double), beyond it, and past 2**63.
    return [94906265, 94906266, -94906267, 2**53 + 1, 3037000499, -(2**62), 10**17, 2**64 + 3, 7]


def mixed_items():
    import numpy as np
    from fractions import Fraction

    return [1, 2.5, True, -3, 0.1, 2**40, Fraction(1, 3), np.float64(1.5), MyInt(4), -0.0, 5]


def special_floats():
    return [float("nan"), 1.0, float("inf"), -0.0, 1e-200, 1e154, -1e154]


class MyInt(int):
    """An int subclass whose square is not the int's: the fast path must not take it."""

    def __pow__(self, other, mod=None):
        return float(int(self)) + 0.5


# ------------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    id: str
    module: str  # the .pyx stem
    func: str
    make: Callable  # () -> (args, kwargs)
    expect: object = "ok"  # "ok" or an exception type
    reference: bool = False  # compare the value with rolling_sum_squares_ref
    exact: bool = True  # exact equality with the reference (else approx)
    same_message: bool = False  # Cython's message must match too
    notes: str = field(default="", compare=False)


LIST_FUNCS = ("rolling_sum_squares_py", "rolling_sum_squares_typed")
ARRAY_FUNCS = (("rolling", "rolling_sum_squares_mv"), ("rolling_jupyter", "rolling_sum_cython"))
SHORT = {
    "rolling_sum_squares_py": "v1",
    "rolling_sum_squares_typed": "v2",
    "rolling_sum_squares_mv": "v3",
    "rolling_sum_cython": "jupyter",
}


def _args(*args, **kwargs):
    return lambda: (tuple(a() if callable(a) else a for a in args), kwargs)


def _kwargs(**kwargs):
    return lambda: ((), {k: (v() if callable(v) else v) for k, v in kwargs.items()})


def build_cases() -> list:
    cases = []
    for func in LIST_FUNCS:
        s = SHORT[func]

        def add(name, make, **kw):
            cases.append(Case(f"{s}-{name}", "rolling", func, make, **kw))

        add("seed", _args(seed_list, 100), reference=True)
        add("random-floats", _args(random_list, 7), reference=True)
        add("window-eq-len", _args(small_list, 10), reference=True)
        add("window-len-plus-1", _args(small_list, 11), reference=True)
        add("window-gt-len", _args(small_list, 25), reference=True)
        add("window-1", _args(small_list, 1), reference=True)
        add("window-0", _args(small_list, 0), reference=True)
        add("window-negative", _args(small_list, -1), reference=True)
        add("empty", _args([], 100), reference=True)
        add("empty-window-1", _args([], 1), reference=True)
        add("keyword-window", lambda: ((small_list(),), {"window": 3}), reference=True)
        add("keyword-all", _kwargs(data=small_list, window=3), reference=True)
        add("numpy-int-window", lambda: ((small_list(), __import__("numpy").int64(3)), {}))
        add("tuple-for-list", _args(lambda: tuple(small_list()), 3), expect=TypeError, same_message=True)
        add("none-for-list", _args(None, 3), expect=TypeError)
        add("str-window", _args(small_list, "3"), expect=TypeError, same_message=True)
        add("float-window", _args(small_list, 3.0))
        add("missing-argument", _args(small_list), expect=TypeError, same_message=True)
        add("no-arguments", _args(), expect=TypeError, same_message=True)
        add("too-many-arguments", _args(small_list, 3, 4), expect=TypeError, same_message=True)
        add("unknown-keyword", lambda: ((small_list(),), {"windw": 3}), expect=TypeError, same_message=True)
        add("duplicate-keyword", lambda: ((small_list(), 3), {"window": 3}), expect=TypeError, same_message=True)
        add("str-elements", _args(["a", "b"], 1), expect=TypeError, same_message=True)
        add("int-items", _args(int_items, 2), reference=True)
        add("mixed-items", _args(mixed_items, 3), reference=True)
        add("special-floats", _args(special_floats, 2), reference=True)
        add("int-square-too-big", _args([1, 10**200], 2), expect=OverflowError, same_message=True)
        add("float-square-overflow", _args([1.0, 1e200], 1), expect=OverflowError, same_message=True)
        add("none-element", _args([1.0, None], 2), expect=TypeError, same_message=True)
    # V1's `window: int` is a Python int (2**40 fits); V2's `int window` is a C int.
    cases.append(Case("v1-huge-window", "rolling", "rolling_sum_squares_py", _args(small_list, 2**40), reference=True))
    cases.append(
        Case(
            "v2-huge-window",
            "rolling",
            "rolling_sum_squares_typed",
            _args(small_list, 2**40),
            expect=OverflowError,
            same_message=True,
        )
    )
    cases.append(
        Case(
            "v2-int-max-plus-1",
            "rolling",
            "rolling_sum_squares_typed",
            _args(small_list, 2**31),
            expect=OverflowError,
            same_message=True,
        )
    )

    for module, func in ARRAY_FUNCS:
        s = SHORT[func]

        def add(name, make, **kw):
            cases.append(Case(f"{s}-{name}", module, func, make, **kw))

        add("seed", _args(seed_array, 100), reference=True)
        add("random-floats", _args(random_array, 7), reference=True, exact=False)
        add("window-eq-len", _args(small_array, 10), reference=True)
        add("window-1", _args(small_array, 1), reference=True)
        add("keyword-window", lambda: ((small_array(),), {"window": 3}), reference=True)
        add("noncontiguous", _args(lambda: seed_array()[::2], 3), expect=ValueError, same_message=True)
        add("float32", _args(lambda: small_array().astype("float32"), 3), expect=ValueError, same_message=True)
        add("int64", _args(lambda: small_array().astype("int64"), 3), expect=ValueError, same_message=True)
        add("2d", _args(lambda: small_array().reshape(2, 5), 3), expect=ValueError, same_message=True)
        add("readonly", _args(readonly_array, 3), expect=ValueError, same_message=True)
        add("str-window", _args(small_array, "3"), expect=TypeError, same_message=True)
        add("huge-window", _args(small_array, 2**40), expect=OverflowError, same_message=True)
        add("missing-argument", _args(small_array), expect=TypeError, same_message=True)
        add("list-for-array", _args(small_list, 3), expect=TypeError)
        # Cython-specific outcomes (found by running the pinned Cython; the
        # expectation is "whatever Cython does", checked by test_same_as_cython).
        add("window-len-plus-1", _args(small_array, 11), expect=None)
        add("window-len-plus-2", _args(small_array, 12), expect=None)
        add("window-gt-len", _args(small_array, 25), expect=None)
        add("empty", _args(lambda: small_array()[:0], 100), expect=None)
        add("empty-window-1", _args(lambda: small_array()[:0], 1), expect=None)
        add("none-for-array", _args(None, 3), expect=None)
    return cases


CASES = build_cases()
BY_ID = {c.id: c for c in CASES}
assert len(BY_ID) == len(CASES), "duplicate case ids"
