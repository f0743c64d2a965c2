# cython: language_level=3
"""Small dense linear algebra in pure C loops (the fallbacks numeric
packages keep for tiny matrices): LU decomposition with partial pivoting
in place, forward/back substitution, determinant from the LU factors,
Cholesky with a not-positive-definite error, naive and blocked matmul, and
an in-place square transpose."""
import numpy as np
from libc.math cimport sqrt, fabs


cdef int _lu(double[:, ::1] A, int[::1] piv) except -1:
    cdef Py_ssize_t n = A.shape[0], i, j, k, p
    cdef double t
    cdef int swaps = 0
    for k in range(n):
        p = k
        for i in range(k + 1, n):
            if fabs(A[i, k]) > fabs(A[p, k]):
                p = i
        if A[p, k] == 0.0:
            raise ZeroDivisionError("matrix is singular")
        piv[k] = <int>p
        if p != k:
            swaps += 1
            for j in range(n):
                t = A[k, j]; A[k, j] = A[p, j]; A[p, j] = t
        for i in range(k + 1, n):
            A[i, k] /= A[k, k]
            for j in range(k + 1, n):
                A[i, j] -= A[i, k] * A[k, j]
    return swaps


def lu_solve(double[:, :] A, const double[:] b):
    cdef Py_ssize_t n = A.shape[0], i, j
    if A.shape[1] != n or b.shape[0] != n:
        raise ValueError("A must be square and match b")
    cdef double[:, ::1] LU = A.copy()
    cdef int[::1] piv = np.zeros(n, dtype=np.intc)
    _lu(LU, piv)
    cdef double[::1] x = np.array(b, dtype=np.float64)
    cdef double t
    for i in range(n):
        t = x[i]; x[i] = x[piv[i]]; x[piv[i]] = t
    for i in range(n):
        for j in range(i):
            x[i] -= LU[i, j] * x[j]
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, n):
            x[i] -= LU[i, j] * x[j]
        x[i] /= LU[i, i]
    return np.asarray(x)


def det(double[:, :] A):
    cdef Py_ssize_t n = A.shape[0], i
    if A.shape[1] != n:
        raise ValueError("not square")
    cdef double[:, ::1] LU = A.copy()
    cdef int[::1] piv = np.zeros(n, dtype=np.intc)
    cdef int swaps
    try:
        swaps = _lu(LU, piv)
    except ZeroDivisionError:
        return 0.0
    cdef double d = -1.0 if swaps % 2 else 1.0
    for i in range(n):
        d *= LU[i, i]
    return d


def cholesky(const double[:, :] A):
    cdef Py_ssize_t n = A.shape[0], i, j, k
    cdef double[:, ::1] L = np.zeros((n, n))
    cdef double s
    for j in range(n):
        s = A[j, j]
        for k in range(j):
            s -= L[j, k] * L[j, k]
        if s <= 0:
            raise ValueError("Matrix is not positive definite (leading minor %d)" % (j + 1))
        L[j, j] = sqrt(s)
        for i in range(j + 1, n):
            s = A[i, j]
            for k in range(j):
                s -= L[i, k] * L[j, k]
            L[i, j] = s / L[j, j]
    return np.asarray(L)


def matmul(const double[:, :] A, const double[:, :] B, int block=0):
    cdef Py_ssize_t n = A.shape[0], m = A.shape[1], p = B.shape[1], i, j, k, ii, kk, jj
    if B.shape[0] != m:
        raise ValueError("matmul: Input operand 1 has a mismatch in its core dimension 0")
    cdef double[:, ::1] C = np.zeros((n, p))
    if block <= 0:
        for i in range(n):
            for k in range(m):
                for j in range(p):
                    C[i, j] += A[i, k] * B[k, j]
    else:
        for ii in range(0, n, block):
            for kk in range(0, m, block):
                for jj in range(0, p, block):
                    for i in range(ii, min(ii + block, n)):
                        for k in range(kk, min(kk + block, m)):
                            for j in range(jj, min(jj + block, p)):
                                C[i, j] += A[i, k] * B[k, j]
    return np.asarray(C)


def transpose_inplace(double[:, ::1] A):
    cdef Py_ssize_t n = A.shape[0], i, j
    cdef double t
    if A.shape[1] != n:
        raise ValueError("square matrix required")
    for i in range(n):
        for j in range(i + 1, n):
            t = A[i, j]
            A[i, j] = A[j, i]
            A[j, i] = t
    return np.asarray(A).tolist()
