import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_csr_sparse")


def arr(v, dtype=np.float64):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


# [[1, 0, 2], [0, 0, 3], [4, 5, 0]]
D = [1.0, 2.0, 3.0, 4.0, 5.0]
I = [0, 2, 2, 0, 1]
P = [0, 2, 3, 5]


def rand_csr(seed, r, c, density=0.3, idx=np.int32):
    def parts():
        g = np.random.default_rng(seed)
        A = g.normal(size=(r, c)) * (g.random((r, c)) < density)
        data, ind, ptr = [], [], [0]
        for i in range(r):
            for j in range(c):
                if A[i, j] != 0:
                    data.append(A[i, j]); ind.append(j)
            ptr.append(len(data))
        return np.array(data), np.array(ind, dtype=idx), np.array(ptr, dtype=idx)
    return [Lazy(lambda k=k: parts()[k]) for k in range(3)]


C.add("csr_matvec", arr(D), arr(I, np.int32), arr(P, np.int32), arr([1, 10, 100]))
C.add("csr_matvec", *rand_csr(1, 6, 5), Lazy(lambda: np.arange(5.0)))
C.add("csr_matvec", arr([]), arr([], np.int32), arr([0], np.int32), arr([]))
C.add("csr_matvec", arr([]), arr([], np.int32), arr([], np.int32), arr([]), raises=ValueError)
C.add("csr_matvec", arr(D), arr(I, np.int32), arr(P, np.int32), arr([1, 10]), raises=IndexError, msg=True)
C.add("csr_matvec", arr(D), arr(I, np.int64), arr(P, np.int32), arr([1, 10, 100]), raises=ValueError, msg=True)
C.add("csr_matvec", arr(D), arr(I, np.int32), arr(P, np.int32), Lazy(lambda: np.arange(6.0)[::2]))

C.add("csr_matvec_i64", arr(D), arr(I, np.int64), arr(P, np.int64), arr([1, 10, 100]))
C.add("csr_matvec_i64", *rand_csr(2, 4, 7, idx=np.int64), Lazy(lambda: np.ones(7)))
C.add("csr_matvec_i64", arr(D), arr(I, np.int32), arr(P, np.int64), arr([1, 10, 100]), raises=ValueError, msg=True)

C.add("csr_transpose", 3, arr(D), arr(I, np.int32), arr(P, np.int32))
C.add("csr_transpose", 5, *rand_csr(3, 4, 5))
C.add("csr_transpose", 2, arr([]), arr([], np.int32), arr([0, 0], np.int32))
C.add("csr_transpose", 1, arr(D), arr(I, np.int32), arr(P, np.int32), raises=IndexError, msg=True)

C.add("dense_to_csr", Lazy(lambda: np.array([[1.0, 0, 2], [0, 0, 3], [4, 5, 0]])))
C.add("dense_to_csr", Lazy(lambda: np.array([[1e-3, -0.5], [0.0, 2.0]])), 0.01)
C.add("dense_to_csr", Lazy(lambda: np.zeros((2, 0))))
C.add("dense_to_csr", Lazy(lambda: np.array([[np.nan, np.inf]])))

C.add("csr_to_dense", 3, arr(D), arr(I, np.int32), arr(P, np.int32))
C.add("csr_to_dense", 3, arr([1.0, 2.0]), arr([1, 1], np.int32), arr([0, 2], np.int32))
C.add("csr_to_dense", 2, arr([1.0]), arr([-1], np.int32), arr([0, 1], np.int32))

C.add("csr_row_norms", arr([3, 4, 5], np.float32), arr([0, 2, 2, 3], np.int32))
C.add("csr_row_norms", arr([1e20, 1e20], np.float32), arr([0, 2], np.int32))
C.add("csr_row_norms", arr([3, 4], np.float64), arr([0, 2], np.int32), raises=ValueError, msg=True)

C.add("csr_diagonal", arr(D), arr(I, np.int32), arr(P, np.int32))
C.add("csr_diagonal", arr(D), arr(I, np.int32), arr(P, np.int32), 1)
C.add("csr_diagonal", arr(D), arr(I, np.int32), arr(P, np.int32), k=-2)

C.add("csr_sum_duplicates", arr([1, 2, 3, 4, 5.0]), arr([0, 0, 2, 1, 1], np.int32), arr([0, 3, 5], np.int32),
      show_args=True)
C.add("csr_sum_duplicates", arr([]), arr([], np.int32), arr([0], np.int32), show_args=True)
C.add("csr_sum_duplicates", Lazy(lambda: np.frombuffer(b"\0" * 8)), arr([0], np.int32), arr([0, 1], np.int32),
      raises=ValueError, msg=True)

C.add("csr_rmatvec", 3, arr(D), arr(I, np.int32), arr(P, np.int32), arr([1, 2, 3]))
C.add("csr_rmatvec", 3, arr(D), arr(I, np.int32), arr(P, np.int32), arr([1, 2]), raises=ValueError, msg=True)
C.add("csr_rmatvec", 5, *rand_csr(4, 6, 5), Lazy(lambda: np.linspace(0, 1, 6)))

C.add("nnz_per_row", arr(P, np.int32))
C.add("nnz_per_row", arr([0], np.int32))
C.add("nnz_per_row", arr([0, 1], np.int64), raises=ValueError, msg=True)
C.add("nnz_per_row", Lazy(lambda: np.zeros((2, 2), np.int32)), raises=ValueError, msg=True)
C.add("nnz_per_row", [0, 1], raises=TypeError, msg=True)
