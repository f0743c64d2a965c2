# cython: language_level=3
"""Conversions into and out of C floating types at function boundaries:
huge Python ints to double (OverflowError), objects with __float__/__index__,
numpy scalars, bool, complex (TypeError), str (TypeError); and C integer
values widened to double/float (rounding of 2**63-1, uint64 max) before
returning to Python."""
from libc.stdint cimport int64_t, uint64_t


def to_double(double x):
    return x


def to_float(float x):
    return x


def widen(int64_t a, uint64_t b):
    cdef double da = a
    cdef double db = b
    cdef float fa = a
    return da, db, fa, <double>a == <double>(a - 1)


def mixed_sum(int64_t a, double b):
    return a + b, a * b, a - b


def ratio(long a, long b):
    cdef double r = <double>a / b
    return r
