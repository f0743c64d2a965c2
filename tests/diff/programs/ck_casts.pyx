# cython: language_level=3
"""Casts in typed code: C numeric casts (float to int truncation, narrowing,
signed/unsigned reinterpretation), pointer casts between element types
(reading the bytes of doubles), ``<object>`` and checked Python casts
(``<list?>``), ``cython.cast``, and casts of expressions mixing widths."""
cimport cython
from libc.stdint cimport uint8_t, int16_t, uint32_t, int64_t, uint64_t
from libc.string cimport memcpy


def numeric(double x):
    return <int>x, <long long>x, <unsigned char><int>x, <float>x, <int16_t><int>x


def signed_unsigned(int x):
    cdef unsigned int u = <unsigned int>x
    cdef uint8_t b = <uint8_t>x
    cdef int64_t w = <int64_t><uint32_t>x
    return u, b, w


def bytes_of_double(double x):
    cdef uint8_t* p = <uint8_t*>&x
    return bytes([p[i] for i in range(8)])


def double_from_bytes(bytes b):
    if len(b) != 8:
        raise ValueError("need 8 bytes")
    cdef double d
    memcpy(&d, <const char*>b, 8)
    return d


def ints_as_bytes(const int[::1] a):
    cdef const unsigned char* p = <const unsigned char*>&a[0]
    return bytes([p[i] for i in range(a.shape[0] * sizeof(int))])


def checked_list(obj):
    cdef list l = <list?>obj
    return len(l)


def unchecked_object(obj):
    cdef object o = <object>obj
    return o is obj


def cython_cast(double x):
    return cython.cast(int, x), cython.cast(cython.double, 7) / 2


def mixed_expr(int a, unsigned char b, long long c):
    return <int>(a * b + c), <double>(a / 3), <long long>(c * 1.5)
