import numpy as np

from diffcase import Cases, Lazy

C = Cases("fast_filter")


def rand(n, seed):
    return Lazy(lambda: np.random.default_rng(seed).uniform(-100, 100, n))


for n, alpha in ((1, 0.5), (10, 0.1), (10000, 0.01), (257, 0.9)):
    C.add("exponential_moving_average", rand(n, n), alpha)
C.add("exponential_moving_average", Lazy(lambda: np.arange(5.0)), 1.0)
C.add("exponential_moving_average", Lazy(lambda: np.ones(0)), 0.5, raises=IndexError, msg=True)
C.add("exponential_moving_average", Lazy(lambda: np.arange(6.0)[::2]), 0.5, raises=ValueError, msg=True)
C.add("exponential_moving_average", Lazy(lambda: np.arange(6.0)), "a", raises=TypeError, msg=True)
