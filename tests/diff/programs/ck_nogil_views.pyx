# cython: language_level=3
"""Memoryview slices taken, passed and returned without the GIL, as tree
and neighbour code does per sample: row views assigned inside ``with
nogil``, cdef nogil functions returning a slice, slicing with computed
bounds, and copying between views in nogil loops."""
import numpy as np


cdef const double[:] row_of(const double[:, :] X, Py_ssize_t i) noexcept nogil:
    return X[i, :]


cdef double dot(const double[:] a, const double[:] b) noexcept nogil:
    cdef Py_ssize_t k
    cdef double s = 0
    for k in range(a.shape[0]):
        s += a[k] * b[k]
    return s


def gram(const double[:, :] X):
    cdef Py_ssize_t n = X.shape[0], i, j
    cdef double[:, ::1] G = np.empty((n, n))
    cdef const double[:] ri
    cdef const double[:] rj
    with nogil:
        for i in range(n):
            ri = row_of(X, i)
            for j in range(n):
                rj = X[j]
                G[i, j] = dot(ri, rj)
    return np.asarray(G)


def window_sums(const double[:] x, Py_ssize_t w):
    cdef Py_ssize_t i, n = x.shape[0]
    cdef const double[:] win
    cdef double[::1] out = np.zeros(max(n - w + 1, 0))
    with nogil:
        for i in range(n - w + 1):
            win = x[i:i + w]
            out[i] = dot(win, win)
    return np.asarray(out)


def copy_rows(double[:, :] dst, const double[:, :] src, const long[:] order):
    cdef Py_ssize_t i, j
    with nogil:
        for i in range(order.shape[0]):
            for j in range(src.shape[1]):
                dst[i, j] = src[order[i], j]
    return np.asarray(dst).tolist()


def reversed_dot(const double[:] a):
    cdef double r
    with nogil:
        r = dot(a, a[::-1])
    return r
