# cython: language_level=3
"""Memoryview indexing with None (new axes) and Ellipsis, as used to
broadcast a 1-D weight vector against 2-D data or to address the last axis
of an N-D view."""
import numpy as np


def add_axis(double[:] a):
    cdef double[:, :] row = a[None, :]
    cdef double[:, :] col = a[:, None]
    return row.shape[0], row.shape[1], col.shape[0], col.shape[1], col.strides[1], row[0, 1]


def ellipsis_last(double[:, :, :] a, Py_ssize_t k):
    cdef double[:, :] s = a[..., k]
    return np.asarray(s).tolist()


def ellipsis_first(double[:, :, :] a, Py_ssize_t k):
    cdef double[:, :] s = a[k, ...]
    return np.asarray(s).tolist()


def ellipsis_all(double[:, :] a):
    cdef double[:, :] s = a[...]
    s[0, 0] = 42.0
    return a[0, 0]


def fill_ellipsis(double[:, :] a, double v):
    a[...] = v
    return np.asarray(a).sum()


def scale_rows(double[:, :] X, double[:] w):
    cdef Py_ssize_t i, j
    cdef double[:, :] W = w[:, None]
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            X[i, j] *= W[i, 0]
    return np.asarray(X).tolist()
