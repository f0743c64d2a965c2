from decimal import Decimal
from fractions import Fraction

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_float_conv")


class HasFloat:
    def __float__(self):
        return 2.5


class HasIndex:
    def __index__(self):
        return 7


C.each("to_double", [1, -0.0, 2**53 + 1, 2**1023, True, Fraction(1, 3), Decimal("0.1")])
C.add("to_double", 2**1024, raises=OverflowError, msg=True)
C.add("to_double", -(2**2000), raises=OverflowError, msg=True)
C.add("to_double", Lazy(lambda: HasFloat()))
C.add("to_double", Lazy(lambda: HasIndex()), raises=ANY, msg=True)
C.add("to_double", 1j, raises=TypeError, msg=True)
C.add("to_double", "1.0", raises=TypeError, msg=True)
C.add("to_double", None, raises=TypeError, msg=True)
C.add("to_double", Lazy(lambda: np.float32(0.1)))
C.add("to_double", Lazy(lambda: np.int64(-5)))
C.add("to_double", Lazy(lambda: np.float64("nan")))
C.each("to_float", [0.1, 3.4e38, 3.5e38, 1e-50, 2**127, True])
C.add("to_float", 2**1024, raises=OverflowError, msg=True)
C.each("widen", [(2**63 - 1, 2**64 - 1), (-(2**63), 0), (2**53 + 1, 2**53 + 1), (0, 1)])
C.each("mixed_sum", [(2**53 + 1, 0.0), (-3, 0.5), (2**62, -1e300)])
C.each("ratio", [(1, 3), (-7, 2), (2**62, 3)])
C.add("ratio", 1, 0, raises=ZeroDivisionError, msg=True)
