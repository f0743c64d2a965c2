import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_bits")
M32, M64 = 2**32 - 1, 2**64 - 1

C.each("popcount32", [0, 1, 0xFF, M32, 0x80000000, 12345])
C.add("popcount32", M32 + 1, raises=OverflowError, msg=True)
C.add("popcount32", -1, raises=OverflowError, msg=True)
C.add("popcount32", 1.0, raises=ANY)  # Cython 3.3 truncates through __int__
C.each("popcount64", [0, M64, 2**63, 0x5555555555555555, 987654321987654321])
C.add("popcount64", 2**64, raises=OverflowError, msg=True)
C.add("popcount64", -5, raises=OverflowError, msg=True)
C.add("popcount_array", Lazy(lambda: np.array([0, M64, 7, 2**40], dtype=np.uint64)))
C.add("popcount_array", Lazy(lambda: np.random.default_rng(1).integers(0, 2**63, size=64, dtype=np.uint64)))
C.add("popcount_array", Lazy(lambda: np.array([], dtype=np.uint64)))
C.add("popcount_array", Lazy(lambda: np.array([1, 2], dtype=np.int64)), raises=ValueError, msg=True)

C.each("rotl32", [(1, 1), (0x80000000, 1), (0x12345678, 8), (0x12345678, 0), (0x12345678, 32), (0xDEADBEEF, 37)])
C.add("rotl32", 1, -1, raises=OverflowError)
C.each("rotr64", [(1, 1), (M64, 13), (0x0123456789ABCDEF, 4), (0x0123456789ABCDEF, 64), (5, 65)])
C.add("bitreverse8_table")
C.each("bitreverse32", [0, 1, 0x80000000, 0x12345678, M32])
C.each("clz64", [0, 1, 2**63, 2**32, M64, 255])
C.each("ctz16", [0, 1, 0x8000, 12, 0xFFFF])
C.add("ctz16", 0x10000, raises=OverflowError, msg=True)
C.each("gray_roundtrip", [0, 1, 2, 3, 1000, M32])
C.each("parity64", [0, 1, 3, 7, M64, 2**63 + 1])
C.each("next_pow2", [0, 1, 2, 3, 5, 1000, 2**32 + 1, 2**63, 2**63 + 1, M64])
C.each("morton2d", [(0, 0), (1, 0), (0, 1), (0xFFFF, 0), (0xFFFF, 0xFFFF), (1234, 4321)])
C.add("morton2d", 70000, 0, raises=OverflowError, msg=True)
C.add("packbits", Lazy(lambda: np.array([1, 0, 1, 1, 0, 0, 0, 1, 1], np.uint8)))
C.add("packbits", Lazy(lambda: np.array([], np.uint8)))
C.add("packbits", Lazy(lambda: bytes([0, 9, 0, 0, 0, 0, 0, 0])))
C.add("packbits", Lazy(lambda: np.random.default_rng(2).integers(0, 2, 21).astype(np.uint8)))
C.each("unsigned_wrap", [(1, 2), (M32, 1), (0, 1), (0x10000, 0x10000), (300, 7), (M32, M32)])
C.add("unsigned_wrap", -1, 0, raises=OverflowError, msg=True)
C.each("signed_shift", [(1, 3), (-1, 3), (-256, 4), (2**62, 1), (-(2**63), 0), (12345, 0)])
