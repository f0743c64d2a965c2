import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_histograms")


def arr(values, dtype=np.float64):
    values = list(values)
    return Lazy(lambda: np.array(values, dtype=dtype))


def normal(n, seed, dtype=np.float64):
    return Lazy(lambda: np.random.default_rng(seed).normal(size=n).astype(dtype))


def ints(n, seed, lo, hi, dtype):
    return Lazy(lambda: np.random.default_rng(seed).integers(lo, hi, size=n).astype(dtype))


C.add("hist_fixed", normal(200, 1), -3.0, 3.0, 12)
C.add("hist_fixed", arr([0, 1, 2, 3, 4, 5]), 0.0, 5.0, 5)
C.add("hist_fixed", arr([np.nan, np.inf, -np.inf, 0.5]), 0.0, 1.0, 2)
C.add("hist_fixed", arr([]), 0.0, 1.0, 3)
C.add("hist_fixed", arr([1.0]), 0.0, 1.0, 0, raises=ValueError, msg=True)
C.add("hist_fixed", arr([1.0]), 1.0, 1.0, 3, raises=ValueError, msg=True)
C.add("hist_fixed", arr([1.0]), np.nan, 1.0, 3, raises=ValueError, msg=True)
C.add("hist_fixed", arr([1.0]), 0, 2, 3)
C.add("hist_fixed", arr([1.0]), "0", 2, 3, raises=TypeError, msg=True)
C.add("hist_fixed", Lazy(lambda: np.arange(10.0)[::-2]), 0.0, 10.0, 4)
C.add("hist_fixed", normal(10, 2, np.float32), 0.0, 1.0, 3, raises=ValueError, msg=True)

C.add("hist_u8", ints(300, 3, 0, 256, np.uint8))
C.add("hist_u8", Lazy(lambda: b"hello world"))
C.add("hist_u8", Lazy(lambda: bytearray(b"")))
C.add("hist_u8", Lazy(lambda: np.zeros(8, np.uint8)[::2]), raises=ValueError, msg=True)
C.add("hist_u8", Lazy(lambda: memoryview(b"aab")))

C.add("hist_u16_shift", ints(100, 4, 0, 65536, np.uint16), 12)
C.add("hist_u16_shift", arr([0, 65535, 256], np.uint16), 16)
C.add("hist_u16_shift", arr([0, 65535, 256], np.uint16), 17, raises=ValueError, msg=True)
C.add("hist_u16_shift", arr([0, 1], np.int16), 8, raises=ValueError, msg=True)

C.add("hist2d", normal(50, 5), normal(50, 6), 3, 4)
C.add("hist2d", arr([1, 1, 1]), arr([0, 1, 2]), 2, 2)
C.add("hist2d", arr([]), arr([]), 2, 2)
C.add("hist2d", arr([1.0]), arr([]), 2, 2, raises=ValueError, msg=True)
C.add("hist2d", arr([1.0, 2.0]), arr([1.0, 2.0]), -1, 2, raises=ValueError)

C.add("cumulative", arr([1, 2, 3, -4], np.longlong))
C.add("cumulative", arr([2**62, 2**62, 2**62], np.longlong))  # wraps in C
C.add("cumulative", arr([], np.longlong))
C.add("cumulative", arr([1, 2], np.int32), raises=ValueError, msg=True)

C.add("equalize_lut", ints((8, 8), 7, 50, 100, np.uint8))
C.add("equalize_lut", Lazy(lambda: np.full((3, 3), 9, np.uint8)))
C.add("equalize_lut", Lazy(lambda: np.zeros((0, 0), np.uint8)))

C.add("bincount_w", arr([0, 2, 2, 5], np.intc))
C.add("bincount_w", arr([0, 2, 2, 5], np.intc), arr([0.5, 1, 1, 2]))
C.add("bincount_w", arr([1], np.intc), None, 6)
C.add("bincount_w", arr([1], np.intc), minlength=3)
C.add("bincount_w", arr([0, -3], np.intc), raises=ValueError, msg=True)
C.add("bincount_w", arr([0, 1, 2], np.intc), arr([1.0]), raises=IndexError, msg=True)
C.add("bincount_w", arr([], np.intc))
C.add("bincount_w", arr([1], np.intc), w=None, minlength=-2)

C.add("digitize", arr([-1, 0, 0.5, 1, 2.5, 9]), arr([0, 1, 2]))
C.add("digitize", normal(20, 8), arr(np.linspace(-2, 2, 9)))
C.add("digitize", arr([np.nan, np.inf]), arr([0.0]))
C.add("digitize", arr([1.0]), arr([]))

C.add("mode_u8", Lazy(lambda: b"mississippi"))
C.add("mode_u8", ints(100, 9, 0, 4, np.uint8))
C.add("mode_u8", Lazy(lambda: b""), raises=ValueError, msg=True)
C.add("mode_u8", arr([3, 1], np.float64), raises=ValueError, msg=True)
