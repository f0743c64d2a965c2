import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_long_double")
C.each("harmonic", [0, 1, 10, 1000])
C.add("ld_view_sum", Lazy(lambda: np.array([0.1, 0.2, 0.3], np.longdouble)))
C.add("ld_view_sum", Lazy(lambda: np.array([0.1, 0.2], np.float64)), raises=ValueError, msg=True)
C.each("ld_math", [4.0, -9.0, 1.0])
C.add("compensated", Lazy(lambda: np.array([1e16, 1.0, -1e16, 1.0])))
