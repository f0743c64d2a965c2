import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_varint_rle")
C.each("rle_bytes", [b"aaabccdddd", b"", b"x", b"\x00" * 300])
C.add("rle_decode", [(97, 3), (98, 0), (0, 2)])
C.add("rle_decode", [(97, -1)], raises=ValueError, msg=True)
C.add("rle_decode", [(256, 1)], raises=ValueError)
C.add("rle_decode", [(97, 2**31)], raises=OverflowError, msg=True)
I64 = lambda v: Lazy(lambda: np.array(v, dtype=np.int64))
C.add("delta_zigzag", I64([0, 1, -1, 5, 5, -(2**63), 2**63 - 1]))
C.add("delta_zigzag", I64([]))
C.add("undelta_zigzag", Lazy(lambda: np.array([0, 2, 3, 12, 0, 1], dtype=np.uint64)))
C.add("undelta_zigzag", Lazy(lambda: np.array([2**64 - 1], dtype=np.uint64)))
C.add("varint_encode", Lazy(lambda: np.array([0, 1, 127, 128, 300, 2**63, 2**64 - 1], dtype=np.uint64)))
C.each("varint_decode", [b"\x00\x01\x7f\x80\x01\xac\x02", b"", b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"])
C.add("varint_decode", b"\x80", raises=ValueError, msg=True)
C.add("varint_decode", b"\xff" * 10 + b"\x01", raises=OverflowError, msg=True)
C.add("varint_decode", b"\xff" * 9 + b"\x02", raises=OverflowError, msg=True)
C.add("bitpack", Lazy(lambda: np.array([1, 2, 3, 0, 7], np.uint8)), 3)
C.add("bitpack", Lazy(lambda: np.array([1, 2, 3, 0, 8], np.uint8)), 3, raises=ValueError, msg=True)
C.add("bitpack", Lazy(lambda: np.array([], np.uint8)), 1)
C.add("bitpack", Lazy(lambda: np.array([1], np.uint8)), 9, raises=ValueError, msg=True)
