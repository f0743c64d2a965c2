# cython: language_level=3
"""``long double`` in typed code: extended-precision accumulation, views
over numpy longdouble arrays, conversion to Python float, and libc.math's
long-double functions (sqrtl, expl)."""
import numpy as np
from libc.math cimport sqrtl, expl, fabsl


def harmonic(int n):
    cdef long double s = 0
    cdef int k
    for k in range(n, 0, -1):
        s += (<long double>1) / k
    return <double>s


def ld_view_sum(const long double[:] a):
    cdef long double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return <double>s


def ld_math(double x):
    cdef long double v = x
    return <double>sqrtl(fabsl(v)), <double>expl(v)


def compensated(const double[:] a):
    cdef long double s = 0
    cdef double naive = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
        naive += a[i]
    return <double>s, naive
