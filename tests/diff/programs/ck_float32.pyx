# cython: language_level=3
"""float (32-bit) semantics in typed code: arithmetic stays in float when
both operands are float (C rules), mixed float/double promotes, Python
floats are rounded on the way in and overflow to inf, float views summed
with float vs double accumulators (different results), and the round trip
of float values back to Python."""
import numpy as np
from libc.math cimport sqrtf, fabsf, INFINITY


def round_in(float x):
    return x


def float_ops(float a, float b):
    cdef float s = a + b, p = a * b, q = a / b if b != 0 else 0.0
    return s, p, q, a - b


def mixed(float a, double b):
    cdef double r = a * b
    cdef float rf = a * b
    return r, rf


def accumulate(const float[:] x):
    cdef float sf = 0
    cdef double sd = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        sf += x[i]
        sd += x[i]
    return sf, sd


def kahan(const float[:] x):
    cdef float s = 0, c = 0, y, t
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y = x[i] - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def literal_context(float x):
    cdef float third = 1.0 / 3
    cdef float y = x * 0.1
    return third, y, x * 0.1


def float_int_div(float a, int b):
    return a / b, a // b if b else None


def norms_f32(const float[:, ::1] X):
    cdef Py_ssize_t i, j
    cdef float s
    out = np.empty(X.shape[0], dtype=np.float32)
    cdef float[::1] o = out
    for i in range(X.shape[0]):
        s = 0
        for j in range(X.shape[1]):
            s += X[i, j] * X[i, j]
        o[i] = sqrtf(s)
    return out


def compare_f32(float a, double b):
    return a == b, a < b, <double>a == b


def huge():
    cdef float h = INFINITY
    cdef float big = 3.0e38
    return h, big * 10, -big * 10, fabsf(-big)
