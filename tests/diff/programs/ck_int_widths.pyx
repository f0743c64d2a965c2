# cython: language_level=3
"""Every C integer width and signedness as arguments, locals, results and
view elements: char/signed char/unsigned char, short, int, long, long long,
their unsigned forms, Py_ssize_t, size_t, and libc.stdint's exact widths.
C arithmetic wraps (unsigned) or is done in the promoted type; converting
back to Python checks the range of the declared type."""
import numpy as np
from libc.stdint cimport (int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t,
                          uint32_t, uint64_t, intptr_t, uintptr_t)
from libc.limits cimport INT_MAX, INT_MIN, LLONG_MAX, ULLONG_MAX, CHAR_BIT


def echo_all(signed char a, unsigned char b, short c, unsigned short d, int e, unsigned int f,
             long g, unsigned long h, long long i, unsigned long long j, Py_ssize_t k, size_t l):
    return a, b, c, d, e, f, g, h, i, j, k, l


def echo_stdint(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f, int64_t g, uint64_t h):
    return a, b, c, d, e, f, g, h


def promote(signed char a, unsigned char b):
    """Arithmetic promotes to int: no wrap at 8 bits."""
    return a + b, a * b, b - 200, -a


def store_narrow(long long v):
    """Assignments between C types truncate (two's complement), no checks."""
    cdef signed char a = <signed char>v
    cdef unsigned char b = <unsigned char>v
    cdef short c = <short>v
    cdef unsigned short d = <unsigned short>v
    cdef int e = <int>v
    cdef unsigned int f = <unsigned int>v
    return a, b, c, d, e, f


def unsigned_mix(unsigned int u, int s):
    """int converts to unsigned int in mixed comparisons and arithmetic."""
    return u + s, u > s, <long long>u * s


def size_arith(size_t a, size_t b):
    cdef size_t d = a - b
    cdef Py_ssize_t sd = <Py_ssize_t>a - <Py_ssize_t>b
    return d, sd


def limits():
    return INT_MAX, INT_MIN, LLONG_MAX, ULLONG_MAX, CHAR_BIT


def sizeofs():
    return (sizeof(char), sizeof(short), sizeof(int), sizeof(long), sizeof(long long), sizeof(Py_ssize_t),
            sizeof(size_t), sizeof(int8_t), sizeof(uint64_t), sizeof(intptr_t), sizeof(float), sizeof(double),
            sizeof(void*))


def sum_views(const int8_t[:] a, const uint16_t[:] b, const int64_t[:] c, const uint64_t[:] d):
    cdef int s8 = 0
    cdef unsigned int s16 = 0
    cdef int64_t s64 = 0
    cdef uint64_t su = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s8 += a[i]
    for i in range(b.shape[0]):
        s16 += b[i]
    for i in range(c.shape[0]):
        s64 += c[i]
    for i in range(d.shape[0]):
        su += d[i]
    return s8, s16, s64, su


def char_arith(char c):
    cdef char up = c - 32 if 97 <= c <= 122 else c
    return up, <unsigned char>c


def widen_signed(int8_t x):
    cdef int16_t a = x
    cdef uint16_t b = <uint16_t>x
    cdef uint64_t c = <uint64_t>x
    cdef int64_t d = <uint8_t>x
    return a, b, c, d


def abs_values(int a, long long b):
    return abs(a), abs(b)


def int_from_float(double x):
    cdef int i = <int>x
    cdef long long l = <long long>x
    return i, l


def bool_ops(int a, int b):
    cdef bint t = a
    return t, a and b, a or b, not a, (a != 0) + (b != 0)


def negative_unsigned_literal():
    cdef unsigned int u = -1
    cdef uint8_t v = -1
    cdef unsigned long long w = -1
    return u, v, w


def int_overflow_return(int a, int b):
    cdef int r = a * b      # signed overflow is UB in C; only non-overflowing cases are tested
    return r
