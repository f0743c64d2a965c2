# cython: language_level=3
"""Slicing a char* into bytes (p[:n], p[a:b]), the usual way C buffers
are returned to Python."""
from libc.stdlib cimport malloc, free


def upper_ascii(bytes data):
    cdef Py_ssize_t n = len(data), i
    cdef char* buf = <char*>malloc(n + 1)
    cdef const char* src = data
    if buf == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            if 97 <= src[i] <= 122:
                buf[i] = src[i] - 32
            else:
                buf[i] = src[i]
        return buf[:n]
    finally:
        free(buf)


def cstr_from_bytes_slice(bytes b, int start, int stop):
    cdef const char* p = b
    return p[start:stop]


def repeat_byte(int c, int n):
    cdef char* buf = <char*>malloc(n)
    cdef int i
    try:
        for i in range(n):
            buf[i] = c
        return buf[:n]
    finally:
        free(buf)
