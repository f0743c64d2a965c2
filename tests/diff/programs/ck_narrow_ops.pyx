# cython: language_level=3
"""Operators on narrow C integer types, which C promotes to int before
operating: unary minus and bitwise not of unsigned char/short, shifts that
overflow 8 bits, mixed narrow signed/unsigned arithmetic, compound
assignment wrapping back into the narrow type, and division/modulo with
negative int operands (Python semantics by default)."""
from libc.stdint cimport uint8_t, int8_t, uint16_t, int16_t


def unary(uint8_t a, uint16_t b, int8_t c):
    return -a, ~a, -b, ~b, -c, ~c


def shifts(uint8_t a, int k):
    return a << k, a >> k, <uint8_t>(a << k)


def mixed(uint8_t a, int8_t b, uint16_t c, int16_t d):
    return a + b, a * b, c - d, b - a, c * d


def compound(uint8_t a, int8_t b, int k):
    a -= k
    b += k
    cdef uint16_t s = 65535
    s += k
    return a, b, s


def divmods(uint8_t a, int b):
    return a // b, a % b


def bytes_math(const unsigned char[:] x):
    cdef Py_ssize_t i
    out = []
    for i in range(x.shape[0]):
        out.append(x[i] - 128)
    return out


def diff_u8(const unsigned char[:] a):
    cdef Py_ssize_t i
    cdef int total = 0
    for i in range(1, a.shape[0]):
        total += a[i] - a[i - 1]
    return total
