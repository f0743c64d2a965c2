# cython: language_level=3
"""Tuple-swapping C pointers and C values outside nogil code (no Python
objects involved): ``rows[i], rows[j] = rows[j], rows[i]``."""
from libc.stdlib cimport malloc, free


def swap_rows(int n):
    cdef double** rows = <double**>malloc(n * sizeof(double*))
    cdef double* data = <double*>malloc(n * sizeof(double))
    cdef int i
    for i in range(n):
        data[i] = i
        rows[i] = &data[i]
    for i in range(1, n, 2):
        rows[i], rows[i - 1] = rows[i - 1], rows[i]
    out = [rows[i][0] for i in range(n)]
    free(rows)
    free(data)
    return out


def swap_ints(int a, int b):
    a, b = b, a
    return a, b
