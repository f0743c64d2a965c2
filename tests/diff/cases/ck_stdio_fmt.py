import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_stdio_fmt")
C.each("fmt_double", [(3.14159,), (-0.0,), (1e300, 2), (float("inf"),), (float("nan"), 1), (123456.789, 0), (2.5, 0)])
C.each("fmt_int", [0, -1, 255, 2**63 - 1, -(2**63)])
C.each("truncated", [(b"hello", 32), (b"hello", 4), (b"", 1), (b"abc", 5)])
C.add("truncated", b"x", 0, raises=ValueError, msg=True)
C.add("csv_row", Lazy(lambda: np.array([1.0, -2.5, 1e10, 0.125])))
C.add("csv_row", Lazy(lambda: np.array([])))
C.add("csv_row", Lazy(lambda: np.linspace(0, 1, 11)), 4)
C.each("sprintf_percent", [0, 50, -3])
