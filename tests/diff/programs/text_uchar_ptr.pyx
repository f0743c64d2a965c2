# cython: language_level=3
"""bytes to unsigned char* (hashes, checksums, byte scanners)."""


def bytes_checksum(bytes data):
    cdef const unsigned char* p = data
    cdef Py_ssize_t i, n = len(data)
    cdef unsigned int h = 5381
    for i in range(n):
        h = h * 33 + p[i]
    return h


def count_high(bytes data):
    cdef unsigned char* p = data
    cdef Py_ssize_t i
    cdef int n = 0
    for i in range(len(data)):
        if p[i] >= 128:
            n += 1
    return n


def adler32(bytes data):
    cdef const unsigned char* p = data
    cdef unsigned long a = 1, b = 0
    cdef Py_ssize_t i
    for i in range(len(data)):
        a = (a + p[i]) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
