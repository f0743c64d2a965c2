"""The differential corpus of issue 4: cases, outcomes and their comparison.

Every program has a case file ``cases/<name>.py`` that builds a ``Cases`` object and exposes its list as ``CASES``. A case
calls one function of the program with fixed, edge or seeded-random
arguments and says what Cython (the oracle) must do: return (``raises`` is
None) or raise an exception of a given type. The test compares the pyxc
build against the Cython build on every case.

Outcomes are computed in a child process (``run_diff.py``) and encoded into
plain, picklable data by ``encode``: floats by their bits, numpy arrays by
dtype, shape and bytes, so that ``==`` on two encodings means "the same value
of the same type, bit for bit".
"""

from __future__ import annotations

import copy
import importlib.util
import math
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from pyxc_harness import distutils_sources  # noqa: E402

# Programs live in two folders: the corpus's own (``programs/``, every file a
# program) and the seed's listings (``examples/``, a program when
# ``cases/<stem>.py`` exists), each listing kept once. Stems are unique
# across both: a case id is ``<stem>::<case>``.
PROGRAMS_DIR = HERE / "programs"
EXAMPLES_DIR = HERE.parent.parent / "examples"
PROGRAM_DIRS = (PROGRAMS_DIR, EXAMPLES_DIR)
CASES_DIR = HERE / "cases"
KNOWN_FAILURES = HERE / "known_failures.txt"


# ------------------------------------------------------------------- cases


class _Any:
    """``raises=ANY``: whatever Cython does (a value or an exception) is the expectation."""

    __qualname__ = "ANY"

    def __repr__(self):
        return "ANY"


ANY = _Any()


class Lazy:
    """An argument made afresh for every call (arrays, read-only buffers, ...)."""

    def __init__(self, make: Callable):
        self.make = make

    def __repr__(self):
        return "Lazy(...)"


def _materialise(value):
    if isinstance(value, Lazy):
        return value.make()
    return copy.deepcopy(value)


@dataclass(frozen=True)
class Case:
    id: str  # "program::name"
    program: str
    func: str
    args: tuple
    kwargs: dict
    raises: object = None  # the exception type Cython raises (None: returns; ANY: either)
    msg: bool = False  # the message must be Cython's too
    tb: tuple = ()  # function names the traceback must show, in the .pyx file
    show_args: bool = False  # compare the arguments after the call (in-place writes)
    approx: bool = False  # floats compared to 1e-12 relative (different operation order)
    notes: str = field(default="", compare=False)

    def make(self):
        return tuple(_materialise(a) for a in self.args), {k: _materialise(v) for k, v in self.kwargs.items()}


class Cases:
    """Collects the cases of one program; ids are ``program::func[-n]``."""

    def __init__(self, program: str):
        self.program = program
        self.cases: list = []
        self._seen: dict = {}

    def _id(self, name):
        n = self._seen.get(name, 0)
        self._seen[name] = n + 1
        return f"{self.program}::{name}" if n == 0 else f"{self.program}::{name}-{n}"

    def add(self, func, *args, label=None, raises=None, msg=False, tb=(), show_args=False, approx=False, **kwargs):
        case = Case(
            self._id(label or func),
            self.program,
            func,
            tuple(args),
            dict(kwargs),
            raises=raises,
            msg=msg,
            tb=tuple(tb),
            show_args=show_args,
            approx=approx,
        )
        self.cases.append(case)
        return case

    def raises(self, exc, func, *args, **kwargs):
        return self.add(func, *args, raises=exc, **kwargs)

    def each(self, func, arglists, **opts):
        """One case per argument tuple (or single argument) in ``arglists``."""
        for a in arglists:
            self.add(func, *(a if isinstance(a, tuple) else (a,)), **opts)


def _program_files() -> dict:
    """``{stem: path}`` of every program in ``PROGRAM_DIRS``."""
    found: dict = {}
    for path in sorted(PROGRAMS_DIR.glob("*.pyx")):
        found[path.stem] = path
    for path in sorted(EXAMPLES_DIR.glob("*.pyx")):
        if path.stem in found:
            raise RuntimeError(f"program {path.stem} exists twice: {found[path.stem]} and {path}")
        if (CASES_DIR / f"{path.stem}.py").is_file():  # else tested elsewhere (rolling.pyx)
            found[path.stem] = path
    return found


def program_names() -> list:
    return sorted(_program_files())


def program_path(program: str) -> Path:
    """The ``.pyx`` file of ``program`` (in ``programs/`` or ``examples/``)."""
    try:
        return _program_files()[program]
    except KeyError:
        raise FileNotFoundError(f"no program {program!r} in {', '.join(d.name for d in PROGRAM_DIRS)}") from None


def extra_sources(program: str) -> list:
    """The C files a ``# distutils: sources = a.c b.c`` comment names (beside the program)."""
    return distutils_sources(program_path(program))


def load_cases(program: str) -> list:
    path = CASES_DIR / f"{program}.py"
    spec = importlib.util.spec_from_file_location(f"diffcases_{program}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases = list(module.CASES) if hasattr(module, "CASES") else list(module.C.cases)
    ids = [c.id for c in cases]
    assert len(set(ids)) == len(ids), f"duplicate case ids in {path.name}"
    assert all(c.program == program for c in cases), f"{path.name}: cases of another program"
    return cases


def all_cases() -> dict:
    """``{program: [cases]}`` for every program."""
    return {p: load_cases(p) for p in program_names()}


def defined_functions(program: str) -> list:
    """The module-level ``def``/``cpdef`` functions of a program (the tests' entry points)."""
    text = program_path(program).read_text()
    return re.findall(r"^(?:def|cpdef(?:\s+[\w\[\]:, ]+?)?)\s+(\w+)\s*\(", text, re.MULTILINE)


# ---------------------------------------------------------------- outcomes


def encode(value, _depth=0):
    """A plain, picklable, ``==``-comparable description of ``value`` and its type."""
    import array

    import numpy as np

    if _depth > 50:
        return ("deep", repr(value)[:200])
    t = type(value)
    if value is None or t in (bool, str, bytes):
        return (t.__name__, value)
    if t is int:
        return ("int", value)
    if t is float:
        return ("float", struct.pack("<d", value).hex())
    if t is complex:
        return ("complex", struct.pack("<dd", value.real, value.imag).hex())
    if t is bytearray:
        return ("bytearray", bytes(value))
    if t in (list, tuple):
        return (t.__name__, tuple(encode(v, _depth + 1) for v in value))
    if t is dict:
        return ("dict", tuple((encode(k, _depth + 1), encode(v, _depth + 1)) for k, v in value.items()))
    if t in (set, frozenset):
        return (t.__name__, tuple(sorted((encode(v, _depth + 1) for v in value), key=repr)))
    if t is range:
        return ("range", value.start, value.stop, value.step)
    if isinstance(value, type):
        return ("type", value.__qualname__)
    if t is array.array:
        return ("array.array", value.typecode, value.tobytes())
    if isinstance(value, np.ndarray):
        a = np.ascontiguousarray(value)
        return ("ndarray", a.dtype.str, a.shape, a.tobytes())
    if isinstance(value, np.generic):
        return ("numpy." + t.__name__, np.asarray(value).tobytes())
    if isinstance(value, BaseException):
        return ("exception", t.__qualname__, str(value))
    try:  # only real buffer exporters (never numpy's object-array wrapping)
        memoryview(value).release()
        a = np.array(np.asarray(value), copy=True)
    except Exception:  # noqa: BLE001
        return ("other", t.__qualname__, re.sub(r"0x[0-9a-fA-F]+", "0x?", repr(value))[:500])
    # A module's own memoryview object: only what it holds is compared.
    return ("buffer", a.dtype.str, a.shape, a.tobytes())


def describe(outcome) -> str:
    if outcome[0] == "raise":
        return f"raised {outcome[1]}: {outcome[2]}"
    if outcome[0] == "ok":
        return f"returned {outcome[1]!r}"[:600]
    return f"{outcome[0]}: {outcome[1]}"[:3000]


def _float_of(enc):
    return struct.unpack("<d", bytes.fromhex(enc[1]))[0]


def same_value(want, got, approx=False) -> bool:
    """``got`` (pyxc) equals ``want`` (Cython).

    Cython's own memoryview objects (``buffer``) may be matched by any
    buffer of the same contents (a numpy array or pyxc's memoryview).
    """
    if want == got:
        return True
    if not (isinstance(want, tuple) and isinstance(got, tuple)) or not want or not got:
        return False
    if want[0] == "buffer" and got[0] in ("buffer", "ndarray"):
        return want[1:] == got[1:]
    if want[0] != got[0]:
        return False
    if want[0] in ("list", "tuple") and len(want[1]) == len(got[1]):
        return all(same_value(w, g, approx) for w, g in zip(want[1], got[1]))
    if want[0] == "dict" and len(want[1]) == len(got[1]):
        return all(
            same_value(wk, gk, approx) and same_value(wv, gv, approx)
            for (wk, wv), (gk, gv) in zip(want[1], got[1])
        )
    if approx and want[0] == "float":
        w, g = _float_of(want), _float_of(got)
        return math.isclose(w, g, rel_tol=1e-12, abs_tol=1e-300) or (math.isnan(w) and math.isnan(g))
    return False


def _frames(tb: str, program: str) -> list:
    return re.findall(rf'File "(?:[^"]*/)?{re.escape(program)}\.pyx", line \d+, in (?:[\w.]*\.)?(\w+)', tb)


def check_cython(case: Case, want) -> str | None:
    """Why Cython's outcome contradicts the case's expectation, or None."""
    if want[0] not in ("ok", "raise"):
        return f"Cython: {describe(want)}"
    if case.raises is ANY:
        return None
    if case.raises is None and want[0] == "raise":
        return f"the case expects a return, Cython {describe(want)}\n{want[3]}"
    if case.raises is not None:
        name = case.raises.__qualname__
        if want[0] != "raise" or want[1] != name:
            return f"the case expects {name}, Cython {describe(want)}"
        missing = [f for f in case.tb if f not in _frames(want[3], case.program)]
        if missing:
            return f"Cython's traceback lacks {missing}:\n{want[3]}"
    return None


def compare(case: Case, want, got) -> str | None:
    """Why pyxc's outcome ``got`` differs from Cython's ``want``, or None."""
    if got[0] == "crash":
        return f"pyxc-built module crashed the interpreter: {got[1][:2000]}"
    if got[0] == "error":
        return f"pyxc: {got[1][:3000]}"
    if got[0] != want[0]:
        extra = f"\n{got[3]}" if got[0] == "raise" else ""
        return f"Cython {describe(want)}\npyxc {describe(got)}{extra}"
    if want[0] == "raise":
        if got[1] != want[1]:
            return f"Cython {describe(want)}\npyxc {describe(got)}\n{got[3]}"
        if case.msg and got[2] != want[2]:
            return f"message differs\nCython: {want[2]!r}\npyxc:   {got[2]!r}"
        missing = [f for f in case.tb if f not in _frames(got[3], case.program)]
        if missing:
            return f"pyxc's traceback lacks frames {missing} in {case.program}.pyx:\n{got[3]}"
        return None
    if not same_value(want[1], got[1], case.approx):
        return f"values differ\nCython {describe(want)}\npyxc   {describe(got)}"
    if case.show_args and not same_value(want[2], got[2], case.approx):
        return f"arguments after the call differ\nCython {want[2]!r}"[:600] + f"\npyxc   {got[2]!r}"[:600]
    return None


# ---------------------------------------------------------- known failures


def read_known_failures(path: Path = KNOWN_FAILURES) -> dict:
    """``{id: reason}``; an id is ``program::case`` or a whole ``program``."""
    known = {}
    if not path.is_file():
        return known
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        ident, _, reason = line.partition("#")
        known[ident.strip()] = reason.strip() or "known failure"
    return known


def known_reason(known: dict, case: Case) -> str | None:
    return known.get(case.id) or known.get(case.program)


# ----------------------------------------------------------------- summary


def terminal_summary(terminalreporter) -> None:
    """Print the suite's counts (called from tests/conftest.py)."""
    counts: dict = {}
    for key in ("passed", "failed", "xfailed", "xpassed", "skipped", "error"):
        for rep in terminalreporter.stats.get(key, []):
            nodeid = getattr(rep, "nodeid", "")
            if "test_diff.py::test_" not in nodeid or getattr(rep, "when", "call") not in ("call", "setup"):
                continue
            if rep.when == "setup" and key == "passed":
                continue
            kind = nodeid.split("::")[1].split("[")[0]
            counts.setdefault(kind, {}).setdefault(key, 0)
            counts[kind][key] += 1
    if not counts:
        return
    try:
        cases = all_cases()
    except Exception as exc:  # noqa: BLE001
        terminalreporter.write_line(f"differential corpus: cannot load cases: {exc}")
        return
    n_cases = sum(len(v) for v in cases.values())
    n_called = sum(len({c.func for c in v}) for v in cases.values())
    n_defs = sum(len(defined_functions(p)) for p in cases)
    tr = terminalreporter
    tr.section("differential corpus (issue 4)")
    tr.write_line(
        f"programs: {len(cases)}  functions: {n_defs} (called by cases: {n_called})  cases: {n_cases}"
    )
    for kind, label in (("test_cython", "Cython (oracle) meets the cases"), ("test_pyxc", "pyxc same as Cython")):
        c = counts.get(kind, {})
        if c:
            parts = ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
            tr.write_line(f"{label}: {parts}")
