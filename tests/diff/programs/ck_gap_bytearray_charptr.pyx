# cython: language_level=3
"""A bytearray coerced to ``char*`` (writes through the pointer change the
bytearray), as in-place byte transforms do."""
from libc.string cimport memcpy


def upper_in_place(bytearray buf):
    cdef char* p = buf
    cdef Py_ssize_t i
    for i in range(len(buf)):
        if 97 <= p[i] <= 122:
            p[i] = p[i] - 32
    return buf


def concat_c(bytes a, bytes b):
    cdef Py_ssize_t na = len(a), nb = len(b)
    out = bytearray(na + nb)
    cdef char* o = out
    memcpy(o, <const char*>a, na)
    memcpy(o + na, <const char*>b, nb)
    return bytes(out)
