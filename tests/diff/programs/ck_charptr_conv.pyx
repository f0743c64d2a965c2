# cython: language_level=3
"""Conversions between Python byte strings and C char pointers: bytes to
``const char*``, ``p[:n]`` / ``p[a:b]`` slices to bytes, ``.decode()`` of pointer slices,
``unsigned char*`` slices, NUL-terminated conversion, and str encoded on
the fly."""
from libc.string cimport strlen, memcpy


def slices(bytes data, Py_ssize_t a, Py_ssize_t b):
    cdef const char* p = data
    return p[a:b], p[:a], (<const unsigned char*>p)[a:b]


def nul_terminated(bytes data):
    cdef const char* p = data
    cdef bytes head = p
    return head, strlen(p), len(data)


def decode_parts(bytes data, Py_ssize_t cut):
    cdef const char* p = data
    cdef Py_ssize_t n = len(data)
    return p[:cut].decode("utf-8", "replace"), p[cut:n].decode("latin-1")


def from_str(str s):
    cdef bytes b = s.encode("utf-8")
    cdef const char* p = b
    return p[:len(b)], len(b)
