# cython: language_level=3
"""Recovering from errors raised by cdef helpers inside typed loops:
try/except/else/finally around ``except -1`` / ``except? -1`` / ``except *``
calls, counting failures in C variables, re-raising after cleanup,
ZeroDivisionError from C integer division (cdivision off) caught per row,
and exception objects carrying C values."""
import numpy as np


cdef int parse_row(const double[:] row) except -1:
    cdef Py_ssize_t j
    for j in range(row.shape[0]):
        if row[j] != row[j]:
            raise ValueError("NaN in column %d" % j)
    return <int>row.shape[0]


cdef long ratio(long a, long b) except? -1:
    return a // b


cdef void check_range(double x, double lo, double hi) except *:
    if not lo <= x <= hi:
        raise OverflowError("%r outside [%r, %r]" % (x, lo, hi))


def clean_rows(const double[:, :] X):
    cdef Py_ssize_t i
    cdef int bad = 0, good = 0, cleaned = 0
    errors = []
    for i in range(X.shape[0]):
        try:
            parse_row(X[i])
        except ValueError as e:
            bad += 1
            errors.append((i, str(e)))
        else:
            good += 1
        finally:
            cleaned += 1
    return good, bad, cleaned, errors


def safe_ratios(const long[:] a, const long[:] b):
    cdef Py_ssize_t i
    cdef int failures = 0
    out = []
    for i in range(a.shape[0]):
        try:
            out.append(ratio(a[i], b[i]))
        except ZeroDivisionError:
            failures += 1
            out.append(None)
    return out, failures


def clipped(const double[:] x, double lo, double hi, bint strict):
    cdef Py_ssize_t i
    cdef int n_out = 0
    for i in range(x.shape[0]):
        try:
            check_range(x[i], lo, hi)
        except OverflowError:
            n_out += 1
            if strict:
                raise
    return n_out


def first_error(const double[:, :] X):
    cdef Py_ssize_t i
    for i in range(X.shape[0]):
        try:
            parse_row(X[i])
        except ValueError as e:
            raise RuntimeError("row %d is invalid" % i) from e
    return None
