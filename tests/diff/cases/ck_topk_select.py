import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_topk_select")


def arr(v, dtype=np.float64):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


def rnd(n, seed):
    return Lazy(lambda: np.random.default_rng(seed).normal(size=n))


C.add("argmin_argmax", arr([3, 1, 4, 1, 5, 9, 2, 6]))
C.add("argmin_argmax", arr([1, np.nan, 0]))
C.add("argmin_argmax", arr([-np.inf, np.inf]))
C.add("argmin_argmax", arr([7.0]))
C.add("argmin_argmax", arr([]), raises=ValueError, msg=True)
C.add("argmin_argmax", rnd(100, 1))

C.add("topk", arr([3, 1, 4, 1, 5, 9, 2, 6]), 3)
C.add("topk", arr([1, 1, 1, 1]), 2)
C.add("topk", arr([1, 2]), 5)
C.add("topk", arr([1, 2]), 0)
C.add("topk", arr([1, 2]), -1, raises=ValueError, msg=True)
C.add("topk", rnd(50, 2), 7)
C.add("topk", arr([]), 3)

C.add("nth_smallest", arr([5, 2, 8, 1, 9]), 0, show_args=True)
C.add("nth_smallest", arr([5, 2, 8, 1, 9]), 4)
C.add("nth_smallest", rnd(41, 3), 20)
C.add("nth_smallest", arr([5, 2]), 2, raises=IndexError, msg=True)
C.add("nth_smallest", arr([5, 2]), -1, raises=IndexError, msg=True)
C.add("nth_smallest", Lazy(lambda: np.arange(300.0)), 150)
C.add("nth_smallest", Lazy(lambda: np.arange(600.0)), 0, raises=RecursionError, msg=True,
      tb=("nth_smallest", "_select"))
C.add("nth_smallest", arr([]), 0, raises=IndexError, msg=True)

C.add("argmax_axis1", Lazy(lambda: np.array([[1, 5, 5], [9, 2, 3], [0, 0, 0]], dtype=np.intc)))
C.add("argmax_axis1", Lazy(lambda: np.zeros((2, 0), dtype=np.intc)))
C.add("argmax_axis1", Lazy(lambda: np.random.default_rng(4).integers(-9, 9, (5, 4)).astype(np.intc).T))

C.add("counting_argsort", Lazy(lambda: b"banana"))
C.add("counting_argsort", Lazy(lambda: np.random.default_rng(5).integers(0, 256, 64).astype(np.uint8)))
C.add("counting_argsort", Lazy(lambda: b""))

C.add("k_smallest", arr([5, 2, 8, 1, 9, 0.5]), 3)
C.add("k_smallest", arr([5, 2]), 4)
C.add("k_smallest", arr([5, 2]), 0)
C.add("k_smallest", rnd(30, 6), 5)
C.add("k_smallest", arr([np.inf, 1.0]), 2)

C.add("argmax_3d", Lazy(lambda: np.random.default_rng(7).normal(size=(3, 4, 2)).astype(np.float32)))
C.add("argmax_3d", Lazy(lambda: np.full((2, 2, 2), -np.inf, np.float32)))
C.add("argmax_3d", Lazy(lambda: np.zeros((2, 2, 2), np.float32)[:, ::-1, :]))
C.add("argmax_3d", Lazy(lambda: np.zeros((2, 2), np.float32)), raises=ValueError, msg=True)
