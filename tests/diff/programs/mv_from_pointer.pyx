# cython: language_level=3
"""Typed memoryviews over C pointers (`<double[:n]>ptr`), the usual way a
malloc'd buffer is handed to numpy or wrapped for bounds-checked access."""
import numpy as np
from libc.stdlib cimport malloc, free


def ptr_to_array(int n):
    cdef double* buf = <double*>malloc(n * sizeof(double) + 1)
    cdef int i
    try:
        for i in range(n):
            buf[i] = i * 0.5
        return np.asarray(<double[:n]>buf).copy()
    finally:
        free(buf)


def ptr_view_2d(int r, int c):
    cdef int* buf = <int*>malloc(r * c * sizeof(int) + 1)
    cdef int[:, ::1] v
    cdef int i, j
    try:
        v = <int[:r, :c]>buf
        for i in range(r):
            for j in range(c):
                v[i, j] = i * 10 + j
        return np.asarray(v).tolist()
    finally:
        free(buf)


def ptr_view_checked(int n, int k):
    cdef double* buf = <double*>malloc(n * sizeof(double) + 1)
    cdef double[::1] v
    try:
        v = <double[:n]>buf
        v[:] = 1.0
        return v[k]
    finally:
        free(buf)
