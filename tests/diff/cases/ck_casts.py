import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_casts")
C.each("numeric", [3.99, -3.99, 0.5, 255.9, 256.1, -1.0, 40000.7])
C.each("signed_unsigned", [0, -1, 255, 256, -129, 2**31 - 1])
C.each("bytes_of_double", [1.0, -0.0, float("inf")])
C.each("double_from_bytes", [b"\x00" * 8, b"\x00\x00\x00\x00\x00\x00\xf0\x3f"])
C.add("double_from_bytes", b"abc", raises=ValueError, msg=True)
C.add("ints_as_bytes", Lazy(lambda: np.array([1, -1, 256], np.intc)))
C.each("checked_list", [[1, 2], []])
C.add("checked_list", (1, 2), raises=TypeError, msg=True)
C.add("checked_list", None, raises=TypeError, msg=True)
C.each("unchecked_object", [1, None])
C.each("cython_cast", [3.7, -2.5])
C.each("mixed_expr", [(7, 200, 10), (-7, 255, -(2**40)), (3, 0, 2**62)])
