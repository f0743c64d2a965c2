import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_groupby")


def arr(v, dtype=np.float64):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


NAN = np.nan
C.add("group_sum_mean", arr([1, 2, 3, NAN, 5, 6]), arr([0, 1, 0, 1, -1, 2], np.int64), 3)
C.add("group_sum_mean", arr([1, 2, 3]), arr([0, 0, 2], np.int64), 3, 2)
C.add("group_sum_mean", arr([1, 2, 3]), arr([0, 0, 2], np.int64), 3, min_count=1)
C.add("group_sum_mean", arr([1, 2]), arr([0], np.int64), 1, raises=ValueError, msg=True)
C.add("group_sum_mean", arr([1, 2]), arr([0, 3], np.int64), 2, raises=IndexError, msg=True)
C.add("group_sum_mean", arr([]), arr([], np.int64), 0)
C.add("group_sum_mean", Lazy(lambda: np.random.default_rng(1).normal(size=50)),
      Lazy(lambda: np.random.default_rng(2).integers(-1, 5, 50)), 5, approx=True)
C.add("group_min_max", arr([3, NAN, -1, 7, 2], np.float32), arr([0, 0, 1, 1, -1], np.int_), 3)
C.add("group_min_max", arr([], np.float32), arr([], np.int_), 2)
C.add("ffill", arr([NAN, 1, NAN, NAN, NAN, 2, NAN]))
C.add("ffill", arr([NAN, 1, NAN, NAN, NAN, 2, NAN]), 1)
C.add("ffill", arr([NAN, 1, NAN, NAN]), limit=0)
C.add("ffill", arr([]))
C.add("rank_average", arr([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]))
C.add("rank_average", arr([]))
C.add("rank_average", arr([2, 2, 2]))
C.add("is_monotonic", arr([1, 2, 2, 3], np.int64))
C.add("is_monotonic", arr([3, 2, 1], np.int64))
C.add("is_monotonic", arr([1], np.int64))
C.add("is_monotonic", arr([], np.int64))
C.add("is_monotonic", arr([1, 3, 2], np.int64))
C.add("first_last_valid", arr([NAN, 1, NAN, 2, NAN]))
C.add("first_last_valid", arr([NAN, NAN]))
C.add("count_na", Lazy(lambda: np.array([[1, NAN, 3], [NAN, NAN, 0]])))
C.add("count_na", Lazy(lambda: np.array([[1, NAN, 3], [NAN, NAN, 0]])), 1)
C.add("count_na", Lazy(lambda: np.array([[1.0]])), 2, raises=ValueError, msg=True)
C.add("factorize_int", arr([5, 3, 5, -1, 3, 2**62], np.int64))
C.add("factorize_int", arr([], np.int64))
