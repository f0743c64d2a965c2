# cython: language_level=3
"""bint and small-type corner cases in typed code: bint from arbitrary
objects (truth value), bint stored from C ints, bint arithmetic, bint views
over numpy bool arrays via uint8, ``not``/``and``/``or`` on C values
returning C values, conditional expressions mixing C types, and
``long double`` arithmetic converted back to Python floats."""
import numpy as np


def truthiness(bint a):
    return a


def stored(int x):
    cdef bint b = x
    return b, b + 1, b == 1, <int>b


def logic(int a, double b):
    return (a and b), (a or b), (not a), (a and not b)


def mask_count(const unsigned char[:] mask):
    cdef Py_ssize_t i, n = 0
    cdef bint v
    for i in range(mask.shape[0]):
        v = mask[i]
        n += v
    return n


def ternary_types(int flag, int i, double d):
    return (i if flag else d), (d if flag else i)


def long_double_sum(int n):
    cdef long double s = 0
    cdef int k
    for k in range(1, n + 1):
        s += (<long double>1) / k
    return <double>s, s


def min_max_c(int a, long b, double c):
    return min(a, b), max(a, b, c), min(a, c)


def abs_c(long a, double b, float c):
    return abs(a), abs(b), abs(c)
