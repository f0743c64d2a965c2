# matmul.pyx
# cython: boundscheck=False, wraparound=False, cdivision=True

import numpy as np
cimport numpy as cnp

def matmul_python(A, B):
    """Pure Python matrix multiply - O(n³) with full overhead."""
    n = len(A)
    C = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            for k in range(n):
                C[i][j] += A[i][k] * B[k][j]
    return C


def matmul_cython(
    double[:, ::1] A, # C-contiguous 2D
    double[:, ::1] B,
):
    """Cython matrix multiply with typed memoryviews."""
    cdef int n = A.shape[0]
    cdef int i, j, k
    cdef double total
    cdef double[:, ::1] C = np.zeros((n, n), dtype=np.float64)

    for i in range(n):
        for j in range(n):
            total = 0.0
            for k in range(n):
                total += A[i, k] * B[k, j]
            C[i, j] = total

    return np.asarray(C)
