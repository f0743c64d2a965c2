# cython: language_level=3
"""libc.stdint's remaining types and limits: int_fast*/int_least* types,
intmax_t limits, and libc.stddef's ptrdiff_t."""
from libc.stdint cimport int_fast32_t, uint_fast8_t, int_least16_t, UINT_LEAST8_MAX, INT_FAST16_MIN
from libc.stddef cimport ptrdiff_t


def fast_sum(int n):
    cdef int_fast32_t s = 0
    cdef uint_fast8_t k = 0
    cdef int_least16_t j
    for j in range(n):
        s += j
        k += 1
    return s, k


def consts():
    return UINT_LEAST8_MAX, INT_FAST16_MIN <= -32768


def ptr_distance(const double[::1] a, Py_ssize_t i, Py_ssize_t j):
    cdef ptrdiff_t d = &a[j] - &a[i]
    return d
