import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_image_filters")


def rnd(shape, seed, dtype=np.float64, lo=0, hi=256, order="C"):
    def make():
        g = np.random.default_rng(seed)
        if np.dtype(dtype).kind in "iu":
            a = g.integers(lo, hi, size=shape).astype(dtype)
        else:
            a = g.normal(size=shape).astype(dtype)
        return np.array(a, order=order)
    return Lazy(make)


def ro(lazy):
    def make():
        a = lazy.make()
        a.flags.writeable = False
        return a
    return Lazy(make)


K_SHARP = Lazy(lambda: np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], dtype=np.float64))
K_BOX = Lazy(lambda: np.full((3, 3), 1 / 9.0))

C.add("convolve3x3", rnd((5, 6), 1), K_SHARP)
C.add("convolve3x3", rnd((4, 4), 2), K_BOX, approx=True)
C.add("convolve3x3", rnd((4, 4), 3, order="F"), K_SHARP)
C.add("convolve3x3", ro(rnd((3, 5), 4)), K_SHARP)
C.add("convolve3x3", Lazy(lambda: np.arange(30.0).reshape(5, 6)[::2, ::-1]), K_SHARP)
C.add("convolve3x3", Lazy(lambda: np.ones((1, 1))), K_SHARP)
C.add("convolve3x3", Lazy(lambda: np.zeros((0, 4))), K_SHARP)
C.add("convolve3x3", rnd((3, 3), 5), Lazy(lambda: np.ones((2, 3))), raises=ValueError, msg=True)
C.add("convolve3x3", rnd((3, 3), 5), Lazy(lambda: np.ones((3, 3)).T.copy()[:, :]))
C.add("convolve3x3", rnd((3, 3), 5), Lazy(lambda: np.asfortranarray(np.ones((3, 3)))[:, :2]), raises=ValueError, msg=True)
C.add("convolve3x3", rnd((3, 3), 5, dtype=np.float32), K_SHARP, raises=ValueError, msg=True)
C.add("convolve3x3", None, K_SHARP)  # Cython: a None view, shape (0, 0)
C.add("convolve3x3", rnd((3,), 5), K_SHARP, raises=ValueError, msg=True)

C.add("box_blur_u8", rnd((6, 5), 6, np.uint8), 1)
C.add("box_blur_u8", rnd((6, 5), 7, np.uint8), 0)
C.add("box_blur_u8", rnd((4, 4), 8, np.uint8), 10)
C.add("box_blur_u8", Lazy(lambda: b"\x00\xff\x10\x20"), 1, raises=ValueError, msg=True)
C.add("box_blur_u8", ro(rnd((3, 3), 9, np.uint8)), 1)
C.add("box_blur_u8", rnd((3, 3), 9, np.uint8), -1, raises=ValueError, msg=True)
C.add("box_blur_u8", rnd((3, 3), 9, np.uint8), 2**31, raises=OverflowError, msg=True)
C.add("box_blur_u8", rnd((3, 3), 9, np.int8, -5, 5), 1, raises=ValueError, msg=True)

C.add("sobel_magnitude", Lazy(lambda: np.add.outer(np.arange(5.0), np.arange(6.0) ** 2)))
C.add("sobel_magnitude", rnd((4, 7), 10))
C.add("sobel_magnitude", Lazy(lambda: np.zeros((2, 2))))
C.add("sobel_magnitude", Lazy(lambda: np.zeros((4, 4))[:, ::2]), raises=ValueError, msg=True)

C.add("integral_image", rnd((4, 5), 11, np.uint8))
C.add("integral_image", Lazy(lambda: np.full((3, 3), 255, dtype=np.uint8)))
C.add("integral_image", Lazy(lambda: np.zeros((0, 0), dtype=np.uint8)))
SAT = Lazy(lambda: np.cumsum(np.cumsum(np.pad(np.arange(20).reshape(4, 5), ((1, 0), (1, 0))), 0), 1).astype(np.int64))
C.add("box_sum", SAT, 0, 0, 4, 5)
C.add("box_sum", SAT, 1, 2, 3, 4)
C.add("box_sum", SAT, 1, 2, -1, -1)
C.add("box_sum", SAT, 0, 0, 5, 5, raises=IndexError, msg=True)
C.add("box_sum", SAT, 0, -7, 1, 1, raises=IndexError, msg=True)

C.add("median3x3", rnd((5, 5), 12, np.uint8))
C.add("median3x3", Lazy(lambda: np.eye(4, dtype=np.uint8) * 200))
C.add("median3x3", Lazy(lambda: bytearray(b"abc")), raises=ValueError, msg=True)
C.add("median3x3", Lazy(lambda: np.frombuffer(b"abcdefghi", dtype=np.uint8).reshape(3, 3)))

C.add("rgb_to_gray", rnd((3, 4, 3), 13, np.uint8))
C.add("rgb_to_gray", Lazy(lambda: np.full((2, 2, 3), 255, np.uint8)))
C.add("rgb_to_gray", rnd((2, 2, 4), 14, np.uint8), raises=ValueError, msg=True)
C.add("rgb_to_gray", Lazy(lambda: np.zeros((4, 4, 3), np.uint8)[::2, 1:, :]))
C.add("rgb_to_gray", rnd((2, 2), 14, np.uint8), raises=ValueError, msg=True)

C.add("channel_gain", rnd((2, 3, 3), 15, np.float32), Lazy(lambda: np.array([1, 0.5, 2], np.float32)), show_args=True)
C.add("channel_gain", rnd((2, 3, 2), 15, np.float32), Lazy(lambda: np.array([1, 0.5, 2], np.float32)),
      raises=ValueError, msg=True)
C.add("channel_gain", rnd((2, 2, 3), 15, np.float32), Lazy(lambda: np.array([1, 0.5, 2], np.float64)),
      raises=ValueError, msg=True)
C.add("channel_gain", Lazy(lambda: np.zeros((2, 2, 3), np.float32)[:, :, ::-1]),
      Lazy(lambda: np.ones(3, np.float32)), raises=ValueError, msg=True)

C.add("gaussian_kernel1d", 1.0, 2)
C.add("gaussian_kernel1d", 0.5, 0)
C.add("gaussian_kernel1d", 3.0, 5, approx=True)
C.add("gaussian_kernel1d", 0.0, 1, raises=ZeroDivisionError, msg=True, tb=("gaussian_kernel1d",))
C.add("gaussian_kernel1d", 1.0, -1, raises=ValueError, msg=True)

C.add("separable_blur", rnd((5, 4), 16), Lazy(lambda: np.array([0.25, 0.5, 0.25])))
C.add("separable_blur", rnd((3, 6), 17, order="F"), Lazy(lambda: np.array([1.0])))
C.add("separable_blur", rnd((3, 3), 17), Lazy(lambda: np.array([0.25, 0.5, 0.25])[::-1]), raises=ValueError, msg=True)

C.add("threshold_inplace", rnd((4, 4), 18, np.uint8), 128, show_args=True)
C.add("threshold_inplace", rnd((4, 4), 18, np.uint8), 0, show_args=True)
C.add("threshold_inplace", rnd((4, 4), 18, np.uint8), 256, raises=OverflowError, msg=True)
C.add("threshold_inplace", rnd((4, 4), 18, np.uint8), -1, raises=OverflowError, msg=True)
C.add("threshold_inplace", ro(rnd((2, 2), 18, np.uint8)), 5, raises=ValueError, msg=True)
C.add("threshold_inplace", Lazy(lambda: np.arange(16, dtype=np.uint8).reshape(4, 4)[1::2, ::-3]), 7, show_args=True)

C.add("flip_rotate", Lazy(lambda: np.arange(6, dtype=np.intc).reshape(2, 3)))
C.add("flip_rotate", ro(Lazy(lambda: np.arange(12, dtype=np.intc).reshape(3, 4))))
C.add("flip_rotate", Lazy(lambda: np.zeros((0, 3), dtype=np.intc)))
C.add("flip_rotate", Lazy(lambda: np.arange(6, dtype=np.int64).reshape(2, 3)), raises=ValueError, msg=True)
