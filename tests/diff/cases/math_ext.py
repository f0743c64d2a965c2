import numpy as np

from diffcase import Cases, Lazy

C = Cases("math_ext")


def rand(n, seed, lo, hi):
    return Lazy(lambda: np.random.default_rng(seed).uniform(lo, hi, n))


C.add("compute_polar_to_cartesian", rand(100, 1, 0, 10), rand(100, 2, -np.pi, np.pi))
C.add("compute_polar_to_cartesian", Lazy(lambda: np.ones(4)), Lazy(lambda: np.array([0.0, np.pi / 2, np.pi, -0.0])))
C.add("compute_polar_to_cartesian", Lazy(lambda: np.ones(0)), Lazy(lambda: np.ones(0)))
C.add("compute_polar_to_cartesian", Lazy(lambda: np.ones(3)), Lazy(lambda: np.ones(2)), raises=IndexError, msg=True)
C.add("compute_polar_to_cartesian", Lazy(lambda: np.ones(3)[::-1]), Lazy(lambda: np.ones(3)), raises=ValueError)
C.add("norms", rand(10, 3, -1, 1), rand(10, 4, -1, 1))
