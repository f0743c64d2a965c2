import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_libc_math")
INF, NAN = float("inf"), float("nan")
C.each("special", [0.0, 0.5, -1.5, 3.0, 10.0, INF, -INF, NAN])
C.add("special", 0.0)
C.each("small_x", [1e-10, -1e-10, 0.0, 1.0, -1.0])
C.each("geometry", [(3.0, 4.0), (-1.0, 0.0), (-1.0, -0.0), (0.0, 0.0), (INF, 1.0), (1e300, 1e300)])
C.each("float_bits", [(1.0, -0.0), (1.0, 2.0), (0.0, -1.0), (-0.0, 1.0), (NAN, 1.0)])
C.each("remainders", [(7.0, 2.0), (-7.0, 2.0), (7.5, -2.0), (1.0, 0.0), (INF, 1.0), (5.0, INF)])
C.each("decompose", [8.0, -3.75, 0.0, -0.0, 1e-310, INF, 0.1])
C.each("rounding", [0.5, 1.5, 2.5, -0.5, -2.5, 1e15 + 0.5])
C.each("classify", [0.0, -0.0, INF, -INF, NAN, -1.0])
C.each("cube_roots", [27.0, -8.0, 0.0, 2.0, 0.5])
C.each("float_variants", [2.0, 0.25, 100.0, 0.0])
C.add("float_variants", 1e39)
C.each("minmax", [(1.0, 2.0), (NAN, 1.0), (1.0, NAN), (-0.0, 0.0)])
C.each("hyperbolic", [0.0, 0.5, 1.0, 2.0, -0.9, 800.0])
C.add("gauss_pdf", Lazy(lambda: np.linspace(-3, 3, 7)), 0.0, 1.0)
C.add("gauss_pdf", Lazy(lambda: np.array([1.0])), 0.0, 0.0, raises=ZeroDivisionError, msg=True)
