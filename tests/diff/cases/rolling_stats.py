import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("rolling_stats")


def rand(n, seed):
    return Lazy(lambda: np.random.default_rng(seed).uniform(-5, 5, n))


for n, w in ((100, 10), (50, 1), (20, 20), (1000, 50)):
    C.add("rolling_mean_std", rand(n, n), w)
C.add("rolling_mean_std", Lazy(lambda: np.arange(10.0)), 3)
C.add("rolling_mean_std", Lazy(lambda: np.full(8, -0.0)), 2)
C.add("rolling_mean_std", Lazy(lambda: np.array([1.0, float("inf"), 2.0])), 2)
C.add("rolling_mean_std", Lazy(lambda: np.arange(10.0)[::2]), 2, raises=ValueError, msg=True)
C.add("rolling_mean_std", Lazy(lambda: np.arange(10, dtype=np.int64)), 2, raises=ValueError, msg=True)
C.add("rolling_mean_std", rand(10, 1), 2**31, raises=OverflowError, msg=True)
C.add("rolling_mean_std", rand(10, 1), 0, raises=ANY)
C.add("rolling_mean_std", rand(5, 1), 10, raises=ANY)
