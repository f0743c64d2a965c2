import numpy as np

from diffcase import Cases, Lazy

C = Cases("complex_types")
C.add("mv_complex", Lazy(lambda: np.array([1 + 2j, 3 - 1j], dtype="complex128")))
C.add("mv_complex", Lazy(lambda: np.array([1.0, 2.0])), raises=ValueError)
C.each("complex_arith", [(1 + 2j, 3 - 1j), (2.0, 1j)])
C.add("complex_arith", 1j, 0j, raises=ZeroDivisionError)
