"""Builds and cases of the directive suite (tests/test_directives.py).

A build is one program of ``programs/`` compiled with some ``-X`` options
(given to ``pyxc build`` and, as compiler directives, to the pinned
``cython``). Each case calls one function of that build and says what must
happen: return (``value``, when given, is the expected result) or raise
``raises`` with exactly the message ``msg`` (when given). Cython must meet
the case (test_cython) and pyxc must do what Cython did (test_pyxc).

Cases with a check turned off use valid input only, or read inside the
underlying array through a narrower view (``arange(10)[:5]`` read at 5),
which is well-defined memory and shows that no check ran.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

MISSING = object()


class Lazy:
    """An argument made afresh for every call."""

    def __init__(self, make):
        self.make = make

    def __repr__(self):
        return "Lazy(...)"


@dataclass(frozen=True)
class Build:
    name: str  # unique id of the build
    program: str  # stem under programs/
    args: tuple = ()  # e.g. ("-X", "boundscheck=False"), for both compilers


@dataclass(frozen=True)
class Case:
    id: str
    build: str
    func: str
    args: tuple
    raises: object = None
    msg: str | None = None
    value: object = field(default=MISSING, compare=False)

    def make(self):
        return tuple(a.make() if isinstance(a, Lazy) else a for a in self.args)


def arange(n, start=None, stop=None):
    """``np.arange(n)`` as doubles, optionally viewed as ``[start:stop]``."""
    return Lazy(lambda: np.arange(float(n))[start:stop])


def grid(rows, cols, r=None, c=None):
    return Lazy(lambda: np.arange(float(rows * cols)).reshape(rows, cols)[:r, :c])


BUILDS: dict = {}
CASES: list = []


def build(name, program, *args):
    BUILDS[name] = Build(name, program, tuple(args))
    seen: dict = {}

    def case(func, *a, raises=None, msg=None, value=MISSING, label=None):
        base = label or func
        n = seen.get(base, 0)
        seen[base] = n + 1
        cid = f"{name}::{base}" if n == 0 else f"{name}::{base}-{n}"
        CASES.append(Case(cid, name, func, tuple(a), raises, msg, value))

    return case


def X(*settings):
    out = []
    for s in settings:
        out += ["-X", s]
    return tuple(out)


OOB0 = "Out of bounds on buffer access (axis 0)"
OOB1 = "Out of bounds on buffer access (axis 1)"
ZDIV = "integer division or modulo by zero"
NONE_INDEX = "Cannot index None memoryview slice"
UNBOUND = "local variable 'v' referenced before assignment"

# ------------------------------------------------- boundscheck, wraparound

c = build("bc_default", "bc_default")
c("read1", arange(5), 4, value=4.0)
c("read1", arange(5), -1, value=4.0)
c("read1", arange(5), -5, value=0.0)
c("read1", arange(5), 5, raises=IndexError, msg=OOB0)
c("read1", arange(5), -6, raises=IndexError, msg=OOB0)
c("read1", arange(0), 0, raises=IndexError, msg=OOB0)
c("write1", Lazy(lambda: np.zeros(5)), 5, 1.0, raises=IndexError, msg=OOB0)
c("write1", Lazy(lambda: np.zeros(5)), -6, 1.0, raises=IndexError, msg=OOB0)
c("write1", Lazy(lambda: np.zeros(5)), -1, 7.0, value=7.0)
c("read2", grid(3, 4), 2, 3, value=11.0)
c("read2", grid(3, 4), -1, -1, value=11.0)
c("read2", grid(3, 4), 3, 0, raises=IndexError, msg=OOB0)
c("read2", grid(3, 4), 0, 4, raises=IndexError, msg=OOB1)
c("read2", grid(3, 4), 3, 4, raises=IndexError, msg=OOB1)
c("read2", grid(3, 4), -4, 1, raises=IndexError, msg=OOB0)
c("dec_nobc", arange(10, None, 5), 5, value=5.0)
c("dec_nobc", arange(5), -1, value=4.0)
c("dec_nowrap", arange(5), -1, raises=IndexError, msg=OOB0)
c("dec_nowrap", arange(5), 5, raises=IndexError, msg=OOB0)
c("dec_nowrap", arange(5), 3, value=3.0)
c("dec_off", arange(10, 5), -1, value=4.0)
c("dec_off", arange(10, None, 5), 6, value=6.0)
c("with_nobc", arange(10, None, 5), 5, 0, value=5.0)
c("with_nobc", arange(10, None, 5), 0, 5, raises=IndexError, msg=OOB0)
c("with_nowrap", arange(5), -1, raises=IndexError, msg=OOB0)
c("with_nowrap", arange(5), 1, value=1.0)
c("dec_off_with_on", arange(10, None, 5), 5, 0, raises=IndexError, msg=OOB0)
c("dec_off_with_on", arange(10, None, 5), 0, 5, value=5.0)

c = build("bc_cli_nobc", "bc_default", *X("boundscheck=False"))
c("read1", arange(10, None, 5), 5, value=5.0)
c("read1", arange(5), -1, value=4.0)
c("write1", Lazy(lambda: np.zeros(10)[:5]), 5, 7.0, value=7.0)
c("read2", grid(4, 5, 3, 4), 1, 4, value=9.0)
c("dec_nowrap", arange(5), 2, value=2.0)
c("with_nobc", arange(10, None, 5), 0, 5, value=5.0)
c("dec_off_with_on", arange(10, None, 5), 5, 0, raises=IndexError, msg=OOB0)

c = build("bc_cli_nowrap", "bc_default", *X("wraparound=False"))
c("read1", arange(5), -1, raises=IndexError, msg=OOB0)
c("read1", arange(5), 5, raises=IndexError, msg=OOB0)
c("read1", arange(5), 2, value=2.0)
c("read2", grid(3, 4), 0, -1, raises=IndexError, msg=OOB1)
c("with_nobc", arange(5), 1, 1, value=2.0)

c = build("bc_cli_off", "bc_default", *X("boundscheck=False", "wraparound=False"))
c("read1", arange(10, 5), -1, value=4.0)
c("read2", grid(4, 5, 3, 4), 1, 4, value=9.0)
c("dec_off_with_on", arange(10, 5), -1, 0, raises=IndexError, msg=OOB0)

c = build("bc_header", "bc_header")
c("read1", arange(10, 5), -1, value=4.0)  # both header lines apply
c("read1", arange(10, None, 5), 5, value=5.0)
c("read2", grid(4, 5, 3, 4), 1, 4, value=9.0)
c("dec_bc", arange(5), 5, raises=IndexError, msg=OOB0)
c("dec_bc", arange(5), -1, raises=IndexError, msg=OOB0)  # wraparound still off
c("dec_on", arange(5), -1, value=4.0)
c("dec_on", arange(5), -6, raises=IndexError, msg=OOB0)
c("with_on", arange(5), 5, raises=IndexError, msg=OOB0)
c("with_on", arange(5), 2, value=2.0)

c = build("bc_header_cli", "bc_header", *X("boundscheck=True", "wraparound=True"))
c("read1", arange(10, None, 5), 5, value=5.0)  # the header wins over -X
c("read1", arange(10, 5), -1, value=4.0)

c = build("bc_header_over_cli", "bc_header_over_cli", *X("boundscheck=False", "wraparound=False"))
c("read1", arange(5), 5, raises=IndexError, msg=OOB0)
c("read1", arange(5), -1, value=4.0)

c = build("bc_late_header", "bc_late_header")
c("read1", arange(5), 5, raises=IndexError, msg=OOB0)
c("read1", arange(5), -1, value=4.0)

# ------------------------------------------------------------- cdivision

PY_DIV = [((7, 2), 3, 1), ((-7, 2), -4, 1), ((7, -2), -4, -1), ((-7, -2), 3, -1), ((6, 3), 2, 0)]
C_DIV = [((7, 2), 3, 1), ((-7, 2), -3, -1), ((7, -2), -3, 1), ((-7, -2), 3, -1), ((6, 3), 2, 0)]

c = build("div_default", "div_default")
for (a, b), q, r in PY_DIV:
    c("idiv", a, b, value=q)
    c("imod", a, b, value=r)
    c("ldiv", a, b, value=q)
    c("lmod", a, b, value=r)
    c("with_idiv", a, b, value=(C_DIV[PY_DIV.index(((a, b), q, r))][1], q))
    c("dec_with_off", a, b, value=(r, C_DIV[PY_DIV.index(((a, b), q, r))][2]))
for (a, b), q, r in C_DIV:
    c("dec_idiv", a, b, value=q)
    c("dec_imod", a, b, value=r)
c("idiv", 1, 0, raises=ZeroDivisionError, msg=ZDIV)
c("imod", 1, 0, raises=ZeroDivisionError, msg=ZDIV)
c("ldiv", 1, 0, raises=ZeroDivisionError, msg=ZDIV)
c("lmod", -1, 0, raises=ZeroDivisionError, msg=ZDIV)
c("ldiv", -(2**63), -1, raises=OverflowError)
c("itruediv", 7, 2, value=3.5)
c("itruediv", -7, 2, value=-3.5)
c("itruediv", 1, 0, raises=ZeroDivisionError, msg="float division")
c("fdiv", 1.0, 0.0, raises=ZeroDivisionError, msg="float division")
c("ffloordiv", 1.0, 0.0, raises=ZeroDivisionError, msg="float division")
c("fmod", 1.0, 0.0, raises=ZeroDivisionError, msg="float divmod()")
c("ffloordiv", -7.0, 2.0, value=-4.0)
c("fmod", -7.0, 2.0, value=1.0)
c("fmod", 7.0, -2.0, value=-1.0)
c("fdiv", 7.0, 2.0, value=3.5)

c = build("div_cli", "div_default", *X("cdivision=True"))
for (a, b), q, r in C_DIV:
    c("idiv", a, b, value=q)
    c("imod", a, b, value=r)
    c("ldiv", a, b, value=q)
    c("lmod", a, b, value=r)
    c("dec_with_off", a, b, value=(PY_DIV[C_DIV.index(((a, b), q, r))][2], r))
c("itruediv", 7, 2, value=3)
c("itruediv", -7, 2, value=-3)
c("ffloordiv", -7.0, 2.0, value=-4.0)
c("fmod", -7.0, 2.0, value=-1.0)
c("fdiv", 7.0, 2.0, value=3.5)
c("dec_with_off", 7, 0, raises=ZeroDivisionError, msg=ZDIV)

c = build("div_header", "div_header")
for (a, b), q, r in C_DIV:
    c("idiv", a, b, value=q)
    c("imod", a, b, value=r)
for (a, b), q, r in PY_DIV:
    c("dec_idiv", a, b, value=q)
    c("dec_imod", a, b, value=r)
    c("with_off", a, b, value=r)
c("itruediv", 7, 2, value=3)
c("dec_idiv", 1, 0, raises=ZeroDivisionError, msg=ZDIV)
c("with_off", 1, 0, raises=ZeroDivisionError, msg=ZDIV)

c = build("div_header_cli", "div_header", *X("cdivision=False"))
c("idiv", -7, 2, value=-3)  # the header wins over -X
c("imod", -7, 2, value=-1)

# ------------------------------------------------------------- nonecheck

c = build("none_default", "none_default")
c("index", arange(3), value=0.0)
c("shape", arange(3), value=3)
c("not_none", None, raises=TypeError, msg="Argument 'a' must not be None")
c("not_none", arange(2), value=0.0)
c("dec_index", None, raises=TypeError, msg=NONE_INDEX)
c("dec_index", arange(2, 1), value=1.0)
c("dec_slice", None, raises=TypeError, msg="Cannot slice None memoryview slice")
c("dec_slice", arange(4), value=3)
c("with_index", None, raises=TypeError, msg=NONE_INDEX)
c("with_index", arange(2), value=0.0)

c = build("none_cli", "none_default", *X("nonecheck=True"))
c("index", None, raises=TypeError, msg=NONE_INDEX)
c("shape", None, raises=AttributeError, msg="Cannot access 'shape' attribute of None memoryview slice")
c("not_none", None, raises=TypeError, msg="Argument 'a' must not be None")
c("index", arange(3), value=0.0)

c = build("none_header", "none_header")
c("index", None, raises=TypeError, msg=NONE_INDEX)
c("write", None, raises=TypeError, msg=NONE_INDEX)
c("shape", None, raises=AttributeError, msg="Cannot access 'shape' attribute of None memoryview slice")
c("shape", arange(4), value=4)

c = build("none_header_cli", "none_header", *X("nonecheck=False"))
c("index", None, raises=TypeError, msg=NONE_INDEX)  # the header wins over -X

# ------------------------------------------------------ initializedcheck

c = build("init_default", "init_default")
c("maybe", arange(3), False, raises=UnboundLocalError, msg=UNBOUND)
c("maybe", arange(3, 1), True, value=1.0)
c("dec_off", arange(3, 1), True, value=1.0)
c("dec_on", arange(3), False, raises=UnboundLocalError, msg=UNBOUND)
c("with_off", arange(3, 2), True, value=2.0)

c = build("init_cli", "init_default", *X("initializedcheck=False"))
c("maybe", arange(3, 1), True, value=1.0)
c("dec_on", arange(3), False, raises=UnboundLocalError, msg=UNBOUND)
c("dec_on", arange(3), True, value=0.0)

c = build("init_header", "init_header")
c("maybe", arange(3, 1), True, value=1.0)
c("dec_on", arange(3), False, raises=UnboundLocalError, msg=UNBOUND)

# ------------------------------------------- language_level, infer_types

for name, program, args in (
    ("lang_header", "lang", ()),
    ("lang_cli", "lang_plain", X("language_level=3str", "infer_types=False")),
    ("lang_cli_infer", "lang_plain", X("language_level=3", "infer_types=True")),
):
    c = build(name, program, *args)
    c("total", arange(4), value=6.0)
    c("half", 7, value=3.5)
    c("words", "a bc", value=["A", "BC"])

# ------------------------------------------- programs both compilers reject

REJECTED = {
    "conflict": "conflicting values for directive 'boundscheck'",
}
BY_ID = {c.id: c for c in CASES}

# The valgrind test's positive control (not a differential case: undefined
# behaviour by design): boundscheck is off in bc_header, so reading one past
# the end of a 5-element array is an invalid read memcheck must report.
CONTROL = Case("control::read1_past_end", "bc_header", "read1", (arange(5), 5))
BY_ID[CONTROL.id] = CONTROL

# pyxc-only cases: where Cython's build crashes (SIGFPE, a NULL read), pyxc
# must raise instead (issue 5: never a crash with the default directives).
PYXC_ONLY = [
    # Cython: `int` INT_MIN // -1 dies with SIGFPE.
    Case("pyxc_only::int_min_floordiv", "div_default", "idiv", (-(2**31), -1), OverflowError,
         "value too large to perform division"),
    Case("pyxc_only::int_min_mod", "div_default", "imod", (-(2**31), -1), value=0),
    # Cython, nonecheck off: indexing a None view reads through NULL.
    Case("pyxc_only::none_index_unchecked", "none_default", "index", (None,), IndexError, OOB0),
    Case("pyxc_only::none_shape_unchecked", "none_default", "shape", (None,), value=0),
    # Cython, initializedcheck off: an unbound view is read through NULL.
    Case("pyxc_only::unbound_view_unchecked", "init_header", "maybe", (arange(3), False), IndexError, OOB0),
]
BY_ID.update({c.id: c for c in PYXC_ONLY})
