from fractions import Fraction
from decimal import Decimal

from diffcase import ANY, Cases, Lazy

C = Cases("int_conv")
INF, NAN = float("inf"), float("nan")


def np_(kind, v):
    return Lazy(lambda: getattr(__import__("numpy"), kind)(v))


class Indexable:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class IntLike:
    def __int__(self):
        return 5


RANGES = {
    "to_int": (-(2**31), 2**31 - 1),
    "to_uint": (0, 2**32 - 1),
    "to_long": (-(2**63), 2**63 - 1),
    "to_ulong": (0, 2**64 - 1),
    "to_longlong": (-(2**63), 2**63 - 1),
    "to_ulonglong": (0, 2**64 - 1),
    "to_short": (-(2**15), 2**15 - 1),
    "to_schar": (-128, 127),
    "to_uchar": (0, 255),
    "to_ssize": (-(2**63), 2**63 - 1),
    "to_size": (0, 2**64 - 1),
    "to_int64": (-(2**63), 2**63 - 1),
    "to_uint64": (0, 2**64 - 1),
    "to_int32": (-(2**31), 2**31 - 1),
    "to_uint32": (0, 2**32 - 1),
}
for f, (lo, hi) in RANGES.items():
    C.each(f, [lo, hi, 0, 1, True])
    C.add(f, hi + 1, raises=OverflowError, msg=True)
    C.add(f, lo - 1, raises=OverflowError, msg=True)
    C.add(f, 2**200, raises=OverflowError)
    C.add(f, 1.5, raises=ANY, msg=True)  # Cython 3.3 truncates through __int__
    C.add(f, "7", raises=TypeError, msg=True)
    C.add(f, None, raises=TypeError, msg=True)
    C.add(f, np_("int64", 7))
    C.add(f, Lazy(lambda: Indexable(3)), raises=ANY, msg=True)  # Cython: TypeError
for f in ("to_int", "to_long", "to_ulonglong", "to_ssize"):
    C.add(f, Lazy(lambda: IntLike()), raises=ANY)
    C.add(f, Fraction(3, 1), raises=ANY)
    C.add(f, np_("float64", 3.0), raises=ANY)
    C.add(f, Lazy(lambda: Indexable(2**70)), raises=ANY)
C.each("to_double", [1.5, 3, 2**53 + 1, -0.0, INF, NAN, True, Fraction(1, 3), Decimal("0.1")])
C.add("to_double", np_("float32", 0.1))
C.add("to_double", 2**1024, raises=OverflowError, msg=True)
C.add("to_double", "1.5", raises=TypeError, msg=True)
C.add("to_double", None, raises=TypeError, msg=True)
C.add("to_double", 1j, raises=TypeError)
C.each("to_float", [1.5, 0.1, 3, 1e-46, -3.4e38, INF])
C.add("to_float", 1e39, raises=ANY)
C.add("to_float", "x", raises=TypeError)
C.each("to_bint", [0, 1, -1, 2**100, [], [1], "", "a", None, 0.0, NAN])
C.each("assign_int", [5, -(2**31), True])
C.add("assign_int", 2**31, raises=OverflowError, msg=True)
C.add("assign_int", 2.0, raises=ANY, msg=True)
C.add("assign_int", [], raises=TypeError, msg=True)
C.each("assign_double", [5, 2.5, 2**60])
C.add("assign_double", "s", raises=TypeError, msg=True)
C.add("assign_double", 10**400, raises=OverflowError, msg=True)
C.each("assign_ulonglong", [0, 2**64 - 1])
C.add("assign_ulonglong", -1, raises=OverflowError, msg=True)
C.add("c_to_py_max")
C.each("return_int_from_double", [2.9, -2.9, 0.0])
C.each("call_c_with_py", [7, -7])
C.add("call_c_with_py", 2**40, raises=OverflowError)
C.add("call_c_with_py", "x", raises=TypeError)
C.each("int_result_typed", [5, -(2**62)])
C.add("int_result_typed", 2**63, raises=OverflowError)
