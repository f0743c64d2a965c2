import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_mv_highdim")


def ar(shape, dtype=np.float64):
    return Lazy(lambda: np.arange(int(np.prod(shape))).reshape(shape).astype(dtype))


C.add("sum4", ar((2, 3, 2, 2)))
C.add("sum4", Lazy(lambda: np.arange(48.0).reshape(2, 3, 2, 4)[:, ::-1, :, 1::2]))
C.add("sum4", ar((2, 3, 2)), raises=ValueError, msg=True)
C.add("sum4", Lazy(lambda: np.zeros((2, 0, 3, 1))))
C.add("drop_dims5", ar((2, 2, 3, 2, 2), np.intc), 1)
C.add("drop_dims5", ar((2, 2, 3, 2, 2), np.intc), -2)
C.add("drop_dims5", ar((2, 2, 3, 2, 2), np.intc), 2, raises=IndexError, msg=True)
C.add("shape6", ar((1, 2, 1, 3, 1, 2), np.float32))
C.add("shape6", Lazy(lambda: np.zeros((2, 2, 2, 2, 2, 4), np.float32)[..., ::2]))
C.add("sum7", ar((2, 1, 2, 1, 2, 1, 3), np.short))
C.add("sum7", ar((2, 1, 2, 1, 2, 1), np.short), raises=ValueError, msg=True)
C.add("corner7", ar((2, 1, 2, 1, 2, 1, 2)))
C.add("corner7", Lazy(lambda: np.ones((1,) * 7)))
C.add("corner7", Lazy(lambda: np.ones((1,) * 8)), raises=ValueError, msg=True)
C.add("transpose4", ar((2, 3, 4, 5)))
C.add("write5", Lazy(lambda: np.zeros((3, 3, 3, 3, 2))), 1.5, show_args=True)
C.add("write5", Lazy(lambda: np.zeros((3, 3, 3, 3, 4))[..., ::2]), 1.5, raises=ValueError, msg=True)
C.add("slice4", ar((4, 3, 2, 3)))
C.add("batch_channel_mean", Lazy(lambda: np.random.default_rng(1).random((2, 3, 4, 3)).astype(np.float32)), approx=True)
C.add("batch_channel_mean", Lazy(lambda: np.zeros((0, 3, 4, 2), np.float32)))
