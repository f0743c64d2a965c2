import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("matmul")


def mats(n, seed, order="C"):
    def make():
        r = np.random.default_rng(seed)
        return np.array(r.uniform(-1, 1, (n, n)), order=order)
    return Lazy(make)


def lists(n, seed):
    return mats(n, seed).make().tolist()


for n in (0, 1, 3, 20):
    C.add("matmul_python", lists(n, n), lists(n, n + 100))
    C.add("matmul_cython", mats(n, n), mats(n, n + 100))
C.add("matmul_python", [[1, 2], [3, 4]], [[5, 6], [7, 8]])
# Python raises IndexError here; Cython 3.3.1 raises TypeError ("type 'int' is not subscriptable")
C.add("matmul_python", [[1, 2], [3, 4]], [[5, 6]], raises=ANY, msg=True, label="matmul_python_ragged")
C.add("matmul_cython", mats(3, 1, "F"), mats(3, 2), raises=ValueError, msg=True)
C.add("matmul_cython", Lazy(lambda: np.eye(3, dtype=np.float32)), mats(3, 2), raises=ValueError, msg=True)
C.add("matmul_cython", Lazy(lambda: np.eye(3)), Lazy(lambda: np.arange(9.0).reshape(3, 3)))
