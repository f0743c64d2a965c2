# cython: language_level=3
"""Bit manipulation on fixed-width unsigned integers (libc.stdint): popcount,
rotations, bit reversal, leading/trailing zero counts, Gray codes, parity,
next power of two, bit interleaving (Morton codes) and packing bits into
bytes. Unsigned arithmetic wraps modulo 2**N as in C."""
import numpy as np
cimport cython
from libc.stdint cimport uint8_t, uint16_t, uint32_t, uint64_t, int64_t


cdef inline int _popcount64(uint64_t x) noexcept nogil:
    x = x - ((x >> 1) & 0x5555555555555555ULL)
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL)
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL
    return <int>((x * 0x0101010101010101ULL) >> 56)


def popcount32(uint32_t x):
    cdef int c = 0
    while x:
        x &= x - 1
        c += 1
    return c


def popcount64(uint64_t x):
    return _popcount64(x)


def popcount_array(const uint64_t[:] a):
    cdef Py_ssize_t i
    cdef long total = 0
    with nogil:
        for i in range(a.shape[0]):
            total += _popcount64(a[i])
    return total


def rotl32(uint32_t x, unsigned int r):
    r &= 31
    return (x << r) | (x >> ((32 - r) & 31))


def rotr64(uint64_t x, unsigned int r):
    r &= 63
    return (x >> r) | (x << ((64 - r) & 63))


def bitreverse8_table():
    cdef uint8_t t[256]
    cdef int i, b
    cdef uint8_t v, r
    for i in range(256):
        v = <uint8_t>i
        r = 0
        for b in range(8):
            r = (r << 1) | (v & 1)
            v >>= 1
        t[i] = r
    out = bytearray(256)
    for i in range(256):
        out[i] = t[i]
    return bytes(out)


def bitreverse32(uint32_t x):
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1)
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2)
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4)
    x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8)
    return (x >> 16) | (x << 16)


def clz64(uint64_t x):
    cdef int n = 0
    if x == 0:
        return 64
    while not (x & (<uint64_t>1 << 63)):
        x <<= 1
        n += 1
    return n


def ctz16(uint16_t x):
    cdef int n = 0
    if x == 0:
        return 16
    while not (x & 1):
        x >>= 1
        n += 1
    return n


def gray_roundtrip(uint32_t n):
    cdef uint32_t g = n ^ (n >> 1)
    cdef uint32_t b = g
    cdef uint32_t shift = 1
    while shift < 32:
        b ^= b >> shift
        shift <<= 1
    return g, b


def parity64(uint64_t x):
    x ^= x >> 32
    x ^= x >> 16
    x ^= x >> 8
    x ^= x >> 4
    x ^= x >> 2
    x ^= x >> 1
    return <bint>(x & 1)


def next_pow2(uint64_t v):
    if v == 0:
        return 1
    v -= 1
    v |= v >> 1
    v |= v >> 2
    v |= v >> 4
    v |= v >> 8
    v |= v >> 16
    v |= v >> 32
    return v + 1   # wraps to 0 above 2**63


def morton2d(uint16_t x, uint16_t y):
    cdef uint32_t out = 0
    cdef int i
    for i in range(16):
        out |= (<uint32_t>((x >> i) & 1)) << (2 * i)
        out |= (<uint32_t>((y >> i) & 1)) << (2 * i + 1)
    return out


def packbits(const uint8_t[:] bits):
    cdef Py_ssize_t n = bits.shape[0], i
    out = bytearray((n + 7) // 8)
    cdef unsigned char[:] o = out
    for i in range(n):
        if bits[i]:
            o[i >> 3] |= <unsigned char>(0x80 >> (i & 7))
    return out


def unsigned_wrap(uint32_t a, uint32_t b):
    cdef uint32_t s = a + b, d = a - b, m = a * b
    cdef uint8_t small = <uint8_t>a
    cdef uint16_t mid = <uint16_t>(a + 0x10000)
    return s, d, m, small, mid, ~a


def signed_shift(int64_t x, int k):
    return x >> k, x << k
