import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_interp")


def arr(v, dtype=np.float64):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


XP, FP = arr([0, 1, 2, 4]), arr([0, 10, 5, 5])
C.add("interp", arr([-1, 0, 0.5, 1, 3, 4, 5, np.nan]), XP, FP)
C.add("interp", arr([-1, 5]), XP, FP, -100.0, 100)
C.add("interp", arr([-1, 5]), XP, FP, right=7)
C.add("interp", arr([-1, 5]), XP, FP, left="x", raises=TypeError)
C.add("interp", arr([1.0]), arr([]), arr([]), raises=ValueError, msg=True)
C.add("interp", arr([1.0]), XP, arr([1, 2]), raises=ValueError, msg=True)
C.add("interp", Lazy(lambda: np.random.default_rng(1).uniform(-1, 5, 20)), XP, FP)
C.add("interp", arr([2.0]), arr([2.0]), arr([7.0]))
C.add("interp", arr([]), XP, FP)
G = Lazy(lambda: np.arange(12.0).reshape(3, 4) ** 2)
C.each("bilinear", [(G, 0.0, 0.0), (G, 0.5, 0.5), (G, 2.0, 3.0), (G, 1.25, 2.75), (G, -3.0, 10.0), (G, np.inf, 0.0)])
C.add("bilinear", Lazy(lambda: np.zeros((0, 3))), 0.0, 0.0, raises=ValueError, msg=True)
C.add("bilinear", Lazy(lambda: np.ones((1, 1))), 0.3, 0.7)
C.add("sample_many", G, Lazy(lambda: np.random.default_rng(2).uniform(-1, 4, (6, 2))))
C.add("sample_many", G, Lazy(lambda: np.zeros((2, 3))[:, :2]), raises=ValueError, msg=True)
C.add("resize_nearest", Lazy(lambda: np.arange(12, dtype=np.uint8).reshape(3, 4)), 6, 2)
C.add("resize_nearest", Lazy(lambda: np.arange(12, dtype=np.uint8).reshape(3, 4)), 0, 5)
C.add("resize_nearest", Lazy(lambda: np.zeros((0, 4), np.uint8)), 2, 2)
C.add("resize_nearest", Lazy(lambda: np.zeros((2, 4), np.uint8)), -1, 2, raises=ValueError, msg=True)
C.add("lerp_f32", arr([0, 1, -1], np.float32), arr([10, 2, 1], np.float32), 0.25)
C.add("lerp_f32", arr([0, 1], np.float32), arr([10], np.float32), 0.25, raises=IndexError, msg=True)
C.add("lerp_f32", arr([1e38], np.float32), arr([-1e38], np.float32), 3.0)
H = (arr([0, 1, 3]), arr([0, 1, 0]), arr([1, 0, -1]))
C.each("hermite", [(*H, 0.0), (*H, 0.5), (*H, 2.0), (*H, 3.0)])
C.add("hermite", *H, 3.5, raises=ValueError, msg=True)
C.add("hermite", arr([0]), arr([0]), arr([0]), 0.0, raises=ValueError, msg=True)
C.each("linspace_c", [(0.0, 1.0, 5), (0.0, 1.0, 5, False), (1.0, 1.0, 1), (0.0, 1.0, 0), (2.0, -2.0, 3)])
C.add("linspace_c", 0.0, 1.0, -1, raises=ValueError, msg=True)
