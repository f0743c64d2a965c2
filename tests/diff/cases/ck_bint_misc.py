import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_bint_misc")
C.each("truthiness", [0, 1, 2, -1, 0.0, 0.5, "", "x", None, [], [0], True])
C.add("truthiness", Lazy(lambda: np.array([1, 2])), raises=ValueError, msg=True)
C.each("stored", [0, 1, 2, -5])
C.each("logic", [(0, 0.0), (0, 2.5), (3, 0.0), (3, 2.5)])
C.add("mask_count", Lazy(lambda: np.array([True, False, True]).view(np.uint8)))
C.add("mask_count", Lazy(lambda: np.array([0, 2, 255], np.uint8)))
C.add("mask_count", Lazy(lambda: np.array([True, False])))  # Cython accepts bool buffers as unsigned char
C.each("ternary_types", [(1, 3, 2.5), (0, 3, 2.5)])
C.each("long_double_sum", [0, 1, 10, 1000])
C.each("min_max_c", [(1, 2, 0.5), (-1, -(2**40), 3.0), (5, 5, float("nan"))])
C.each("abs_c", [(-3, -2.5, -1.5), (-(2**63) + 1, -0.0, float("-inf"))])
C.add("abs_c", -(2**63), 0.0, 0.0, raises=ANY)
