import numpy as np

from diffcase import Cases, Lazy

C = Cases("parallel")


def rand(n, seed):
    return Lazy(lambda: np.random.default_rng(seed).normal(0, 2, n))


for f in ("apply_gaussian_kernel_serial", "apply_gaussian_kernel_parallel"):
    C.add(f, rand(1000, 1), 1.5)
    C.add(f, rand(7, 2), 0.1)
    C.add(f, Lazy(lambda: np.ones(0)), 1.0)
    C.add(f, rand(5, 3), 0.0, raises=ZeroDivisionError, msg=True)
    C.add(f, Lazy(lambda: np.arange(4, dtype=np.float32)), 1.0, raises=ValueError, msg=True)
C.add("apply_gaussian_kernel_parallel", rand(100, 4), 2.0, n_threads=1)
C.add("apply_gaussian_kernel_parallel", rand(100, 4), 2.0, 2)
C.add("parallel_sum", Lazy(lambda: np.arange(100.0)))
