# cython: language_level=3, cdivision=True, boundscheck=False, wraparound=False, initializedcheck=False
"""Module-wide compiler directives in the header comment, as most
performance-oriented .pyx files set them: C division and modulo for C
integers everywhere (no ZeroDivisionError check is *not* tested: that would
be undefined behaviour), per-function overrides back to Python semantics,
and in-range indexing only."""
cimport cython
import numpy as np


def c_divmod(int a, int b):
    return a // b, a % b


@cython.cdivision(False)
def py_divmod(int a, int b):
    return a // b, a % b


@cython.cdivision(False)
def py_divzero(int a, int b):
    return a // b


def bucket(const long[:] xs, long width):
    """Negative values truncate towards zero under cdivision."""
    cdef Py_ssize_t i
    return [xs[i] // width for i in range(xs.shape[0])]


@cython.boundscheck(True)
@cython.wraparound(True)
def checked_get(const double[:] a, Py_ssize_t i):
    return a[i]


def unchecked_sum(const double[:, :] a):
    cdef Py_ssize_t i, j
    cdef double s = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


def float_mod(double a, double b):
    return a % b


def mixed(long a, int b):
    return a % b, -a // b


def with_block(int a, int b):
    cdef int q1, q2
    q1 = a // b
    with cython.cdivision(False):
        q2 = a // b
    return q1, q2
