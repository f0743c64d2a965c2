import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_narrow_ops")
C.each("unary", [(0, 0, 0), (1, 1, -1), (255, 65535, -128), (200, 300, 127)])
C.each("shifts", [(255, 4), (1, 7), (128, 1), (3, 0)])
C.each("mixed", [(200, -100, 10, -10), (0, -1, 0, 1), (255, 127, 65535, -32768)])
C.each("compound", [(0, 127, 1), (10, -128, -1), (5, 0, 300)])
C.each("divmods", [(7, 2), (7, -2), (0, -3), (255, 16)])
C.add("divmods", 7, 0, raises=ZeroDivisionError, msg=True)
C.add("bytes_math", b"\x00\x80\xff")
C.add("diff_u8", b"\x05\x03\x10\x00")
C.add("diff_u8", Lazy(lambda: np.random.default_rng(1).integers(0, 256, 50).astype(np.uint8)))
