# cython: language_level=3
"""C char arrays sliced into bytes (the bit-reversal table of ck_bits)."""
from libc.stdint cimport uint8_t


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
    return bytes(t[:256])


def char_prefix(int n):
    cdef char buf[8]
    cdef int i
    for i in range(8):
        buf[i] = 65 + i
    return buf[:n]


def uchar_mid(int lo, int hi):
    cdef unsigned char u[5]
    cdef int i
    for i in range(5):
        u[i] = 97 + i
    return (<char*>u)[lo:hi]
