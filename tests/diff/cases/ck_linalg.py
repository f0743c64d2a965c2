import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_linalg")


def m(v):
    v = [list(r) for r in v]
    return Lazy(lambda: np.array(v, dtype=np.float64))


A = m([[2, 1, 1], [4, -6, 0], [-2, 7, 2]])
C.add("lu_solve", A, Lazy(lambda: np.array([5.0, -2.0, 9.0])), approx=True)
C.add("lu_solve", m([[0, 1], [1, 0]]), Lazy(lambda: np.array([2.0, 3.0])))
C.add("lu_solve", m([[1, 2], [2, 4]]), Lazy(lambda: np.array([1.0, 1.0])), raises=ZeroDivisionError, msg=True,
      tb=("lu_solve", "_lu"))
C.add("lu_solve", m([[1, 2, 3]]), Lazy(lambda: np.array([1.0])), raises=ValueError, msg=True)
C.add("lu_solve", Lazy(lambda: np.random.default_rng(1).normal(size=(5, 5))),
      Lazy(lambda: np.random.default_rng(2).normal(size=5)), approx=True)
C.add("det", A, approx=True)
C.add("det", m([[1, 2], [2, 4]]))
C.add("det", m([[0, 1], [1, 0]]))
C.add("det", Lazy(lambda: np.zeros((0, 0))), raises=ValueError, msg=True)  # copy() of an empty view
C.add("det", m([[1, 2]]), raises=ValueError, msg=True)
C.add("cholesky", m([[4, 12, -16], [12, 37, -43], [-16, -43, 98]]))
C.add("cholesky", m([[1, 2], [2, 1]]), raises=ValueError, msg=True)
C.add("cholesky", m([[0.0]]), raises=ValueError, msg=True)
R = Lazy(lambda: np.random.default_rng(3).normal(size=(5, 4)))
S = Lazy(lambda: np.random.default_rng(4).normal(size=(4, 3)))
C.add("matmul", R, S)
C.add("matmul", R, S, 2)
C.add("matmul", R, R, raises=ValueError, msg=True)
C.add("matmul", Lazy(lambda: np.zeros((0, 3))), Lazy(lambda: np.zeros((3, 2))))
C.add("transpose_inplace", m([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), show_args=True)
C.add("transpose_inplace", m([[1, 2, 3], [4, 5, 6]]), raises=ValueError, msg=True)
