# cython: language_level=3
"""cython.view.array as a typed scratch buffer or a returned array."""
from cython.view cimport array as cvarray
import numpy as np


def zeros_2d(int n, int m):
    cdef cvarray arr = cvarray(shape=(n, m), itemsize=sizeof(double), format="d")
    cdef double[:, ::1] v = arr
    v[:, :] = 0.0
    v[0, 0] = 1.5
    return np.asarray(v).tolist()


def int_buffer(int n):
    cdef int[::1] v = cvarray(shape=(n,), itemsize=sizeof(int), format="i")
    cdef int i
    for i in range(n):
        v[i] = i * i
    return list(v)
