import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_cformat")
C.each("fstrings", [(3.14159, 0.1, 42, 255), (-0.0, 1e39, -7, 2**64 - 1), (float("nan"), float("inf"), 0, 0)])
C.each("small_types", [(65, 200, True, -3), (-1, 0, False, 32767)])
C.each("percent", [(5, 2.345, 7), (-(2**63), float("inf"), 255)])
C.each("float_reprs", [(0.1, 0.1), (0.5, 0.5), (1e-45, 1e-45)])
C.add("table", Lazy(lambda: np.arange(6.0).reshape(2, 3) / 3))
C.add("table", Lazy(lambda: np.arange(6.0).reshape(2, 3) / 3), 0)
C.add("table", Lazy(lambda: np.zeros((0, 3))))
C.each("sizes_text", [(5, 1234567), (-3, 0)])
