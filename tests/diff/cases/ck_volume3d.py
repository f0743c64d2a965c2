import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_volume3d")
V = Lazy(lambda: np.arange(24.0).reshape(2, 3, 4) ** 1.5)
U = Lazy(lambda: np.random.default_rng(1).integers(0, 65536, (3, 4, 5)).astype(np.uint16))
C.add("axis_sums", Lazy(lambda: np.arange(24, dtype=np.float32).reshape(2, 3, 4)))
C.add("axis_sums", Lazy(lambda: np.arange(24, dtype=np.float32).reshape(4, 3, 2).transpose(2, 1, 0)))
C.add("axis_sums", Lazy(lambda: np.zeros((0, 2, 2), np.float32)))
C.add("mip", U)
C.add("mip", U, 2)
C.add("mip", U, 1, raises=ValueError, msg=True)
C.add("mip", Lazy(lambda: np.zeros((2, 2, 2), np.int16)), raises=ValueError, msg=True)
C.add("box3", V, approx=True)
C.add("box3", Lazy(lambda: np.ones((1, 1, 1))))
C.add("box3", Lazy(lambda: np.ones((2, 2, 4))[:, :, ::2]), raises=ValueError, msg=True)
C.each("trilinear", [(V, 0.0, 0.0, 0.0), (V, 1.0, 2.0, 3.0), (V, 0.5, 1.25, 2.75), (V, 0.999, 0.0, 3.0)])
C.add("trilinear", V, 1.5, 0.0, 0.0, raises=ValueError, msg=True)
C.add("trilinear", V, float("nan"), 0.0, 0.0, raises=ValueError, msg=True)
C.add("gradient_mag2", Lazy(lambda: np.random.default_rng(2).normal(size=(3, 4, 5))), approx=True)
C.add("count_above", U, 30000)
C.add("count_above", U, 65536, raises=OverflowError, msg=True)
