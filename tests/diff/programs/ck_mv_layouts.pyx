# cython: language_level=3
"""Memoryview layouts: C-contiguous (``::1`` last), Fortran-contiguous
(``::1`` first), and strided views; which numpy arrays each accepts, the
error for the wrong one, pointer access to contiguous rows/columns, and
layout-preserving slices."""
import numpy as np
cimport cython


cdef double dot_ptr(const double* a, const double* b, Py_ssize_t n, Py_ssize_t sa, Py_ssize_t sb) noexcept nogil:
    cdef double s = 0
    cdef Py_ssize_t k
    for k in range(n):
        s += a[k * sa] * b[k * sb]
    return s


def matvec_c(const double[:, ::1] A, const double[::1] x):
    cdef Py_ssize_t i
    cdef double[::1] y = np.empty(A.shape[0])
    if A.shape[1] != x.shape[0]:
        raise ValueError("shapes (%d,%d) and (%d,) not aligned" % (A.shape[0], A.shape[1], x.shape[0]))
    for i in range(A.shape[0]):
        y[i] = dot_ptr(&A[i, 0], &x[0], A.shape[1], 1, 1) if A.shape[1] else 0.0
    return np.asarray(y)


def matvec_f(const double[::1, :] A, const double[::1] x):
    """Column-major: y = sum_j x[j] * A[:, j] with contiguous columns."""
    cdef Py_ssize_t i, j
    cdef double[::1] y = np.zeros(A.shape[0])
    cdef const double* col
    for j in range(A.shape[1]):
        col = &A[0, j]
        for i in range(A.shape[0]):
            y[i] += x[j] * col[i]
    return np.asarray(y)


def matvec_strided(const double[:, :] A, const double[:] x):
    cdef Py_ssize_t i, j
    cdef double[::1] y = np.zeros(A.shape[0])
    for i in range(A.shape[0]):
        for j in range(A.shape[1]):
            y[i] += A[i, j] * x[j]
    return np.asarray(y)


def c_row_view(double[:, ::1] A, Py_ssize_t i):
    cdef double[::1] row = A[i]
    cdef double[:, ::1] block = A[1:, :]
    return np.asarray(row).tolist(), block.shape[0], block.is_c_contig()


def f_col_view(double[::1, :] A, Py_ssize_t j):
    cdef double[::1] col = A[:, j]
    cdef double[::1, :] block = A[:, 1:]
    return np.asarray(col).tolist(), block.shape[1], block.is_f_contig()


def to_c(double[:, :] A):
    cdef double[:, ::1] c = A.copy()
    return c.strides[0], c.strides[1], np.asarray(c).flags.c_contiguous


def to_f(double[:, :] A):
    cdef double[::1, :] f = A.copy_fortran()
    return f.strides[0], f.strides[1], np.asarray(f).flags.f_contiguous


def assign_strided_to_contig(double[:, ::1] dst, double[:, :] src):
    dst[...] = src
    return np.asarray(dst).tolist()


def contig_3d(const float[:, :, ::1] a):
    return a.strides[0], a.strides[1], a.strides[2]


def fortran_3d(const float[::1, :, :] a):
    return a.strides[0], a.strides[1], a.strides[2]


def generic_1d_contig(const int[::1] a):
    cdef const int* p = &a[0]
    cdef Py_ssize_t i
    cdef long s = 0
    for i in range(a.shape[0]):
        s += p[i] * (i + 1)
    return s
