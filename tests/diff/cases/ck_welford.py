import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_welford")


def arr(v, dtype=np.float64):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


def rnd(n, seed):
    return Lazy(lambda: np.random.default_rng(seed).normal(3.0, 2.0, size=n))


C.add("welford", arr([1, 2, 3, 4]))
C.add("welford", arr([1, 2, 3, 4]), 0)
C.add("welford", arr([1, np.nan, 3]))
C.add("welford", arr([5.0]))
C.add("welford", arr([5.0]), ddof=0)
C.add("welford", arr([]))
C.add("welford", rnd(100, 1), approx=True)
C.add("welford", arr([1e9 + 1, 1e9 + 2, 1e9 + 3]))
C.add("merged", rnd(30, 2), 10, approx=True)
C.add("merged", arr([1, 2, 3]), 0)
C.add("merged", arr([1, 2, 3]), 3)
C.add("merged", arr([]), 0)
C.add("weighted_var", arr([1, 2, 3]), arr([1, 1, 2]))
C.add("weighted_var", arr([1, 2]), arr([0, 0]), raises=ZeroDivisionError, msg=True)
C.add("weighted_var", arr([1, 2]), arr([1]), raises=ValueError, msg=True)
C.add("moments", rnd(50, 3), approx=True)
C.add("moments", arr([2, 2, 2]))
C.add("moments", arr([1]), raises=ValueError, msg=True)
C.add("moments", arr([1, 2, 10]))
C.add("group_var", arr([1, 2, 3, 4, 5, 6]), arr([0, 1, 0, 1, -1, 2], np.int_), 3)
C.add("group_var", arr([1, 2]), arr([0, 0], np.int_), 2)
C.add("group_var", arr([1, 2]), arr([0, 5], np.int_), 2, raises=IndexError, msg=True)
C.add("group_var", arr([]), arr([], np.int_), 0)
C.add("group_var", rnd(40, 4), Lazy(lambda: np.random.default_rng(4).integers(-1, 4, 40)), 4, approx=True)
C.add("ewm_mean", arr([1, 2, 3, 4]), 0.5)
C.add("ewm_mean", arr([1, 2, 3, 4]), 0.5, False)
C.add("ewm_mean", arr([1, np.nan, 3]), 0.3)
C.add("ewm_mean", arr([1.0]), 0.0, raises=ValueError, msg=True)
C.add("ewm_mean", arr([1.0]), 1.0, adjust=False)
C.add("struct_to_python", 3, 1.5, 0.25)
C.add("struct_to_python", -1, np.nan, -0.0)
