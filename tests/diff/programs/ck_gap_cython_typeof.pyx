# cython: language_level=3
"""``cython.typeof`` (a compile-time string of the inferred C type), as used
to check type inference in numeric code."""
cimport cython
from libc.stdint cimport uint64_t


def typeofs(int a, double b):
    cdef float f = 1
    cdef uint64_t u = 1
    return cython.typeof(a), cython.typeof(b), cython.typeof(a * b), cython.typeof(f), cython.typeof(u + a)
