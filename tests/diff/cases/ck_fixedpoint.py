import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_fixedpoint")


def arr(v, dtype):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


C.each("q16_roundtrip", [0.0, 1.0, -1.0, 0.5, 1 / 3, -2.75, 32767.99998, 1e-6])
C.each("q16_ops", [(1.5, 2.0), (-3.25, 0.5), (0.1, 0.3), (100.0, -7.0)])
C.add("q16_ops", 1.0, 0.0, raises=ZeroDivisionError, msg=True, tb=("q16_ops", "q16_div"))
C.add("q16_ops", -1.0 / 65536, 1.0)  # q16_div may return -1 legitimately (except? -1)
C.add("q15_mul_array", arr([16384, -32768, 32767, 0], np.int16), arr([16384, -32768, 32767, 5], np.int16))
C.add("q15_mul_array", arr([], np.int16), arr([], np.int16))
C.add("q15_mul_array", arr([1], np.int16), arr([], np.int16), raises=IndexError, msg=True)
C.add("sat_add16", arr([30000, -30000, 5], np.int16), arr([30000, -30000, -5], np.int16))
C.add("sat_add16", arr([1], np.int32), arr([1], np.int16), raises=ValueError, msg=True)
C.each("rshift_round", [(5, 1), (-5, 1), (7, 2), (-7, 2), (2**62, 62), (100, 0), (100, -3)])
C.add("quantize", arr([0.0, 0.1, -0.1, 10.0, -10.0, 0.05, 0.15], np.float32), 0.1, 0)
C.add("quantize", arr([0.0, 1.0], np.float32), 0.5, -3)
C.add("quantize", arr([np.float32(1.0)], np.float32), 0.0, 0, raises=ValueError, msg=True)
C.add("quantize", Lazy(lambda: np.random.default_rng(1).normal(size=16).astype(np.float32)), 0.02, 1)
C.add("dequantize", arr([-128, 0, 127, 5], np.int8), 0.1, 0)
C.add("dequantize", arr([-128, 0, 127], np.int8), 0.25, -3)
C.add("fir_q15", arr([32767, 0, 0, 16384, -32768], np.int16), arr([16384, 16384], np.int16))
C.add("fir_q15", arr([32767, 32767, 32767], np.int16), arr([32767, 32767, 32767], np.int16))
C.add("u8_blend", b"\x00\xff\x80", b"\xff\x00\x80", 128)
C.add("u8_blend", b"\x00\xff", b"\xff\x00", 255)
C.add("u8_blend", b"\x00\xff", b"\xff\x00", 256, raises=OverflowError, msg=True)
C.each("round_modes", [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, -2.6])
