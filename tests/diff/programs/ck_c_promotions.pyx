# cython: language_level=3
"""The usual arithmetic conversions of C, which Cython keeps for C-typed
operands: signed/unsigned comparisons (a negative Py_ssize_t against a
size_t), unsigned wrap in subtraction, integer promotion of char/short,
mixed int/double, shifts, and the result types Python sees."""
from libc.stdint cimport uint8_t, uint16_t, int16_t, uint32_t, int64_t, uint64_t


def signed_vs_unsigned(Py_ssize_t i, size_t n):
    return i < n, i == n, <size_t>i


def int_vs_uint(int a, unsigned int b):
    return a < b, a + b, a * b, b - a


def u8_promotion(uint8_t a, uint8_t b):
    cdef uint8_t c = a + b
    return a + b, c, a - b, <uint8_t>(a - b), a * b


def short_promotion(int16_t a, int16_t b):
    cdef int16_t s = a * b
    return a * b, s


def shifts(int64_t a, int k):
    return a << k, a >> k, (<uint64_t>a) >> k


def mixed_width(uint32_t a, int64_t b):
    return a + b, a - b, a * b


def u16_mul(uint16_t a, uint16_t b):
    cdef uint32_t wide = a * b
    cdef uint16_t narrow = a * b
    return wide, narrow


def compare_chain(int a, unsigned int b, long c):
    return a < b < c, -1 < b, a < c


def negate_unsigned(unsigned int u):
    cdef unsigned int n = -u
    return n, -u


def loop_compare(size_t n):
    cdef Py_ssize_t i = -1
    cdef int count = 0
    while i < <Py_ssize_t>n:
        count += 1
        i += 1
    return count
