# cython: language_level=3
"""Indexing typed memoryviews and C pointers with indices of every integer
type: signed/unsigned char, short, int, long long, size_t, Py_ssize_t,
uint8_t from another view (a look-up), untyped Python objects (converted,
with OverflowError/TypeError), and negative indices from signed narrow types."""
import numpy as np
from libc.stdint cimport uint8_t, int8_t, uint16_t


def by_types(const double[:] a, signed char c, unsigned char uc, short s, unsigned int ui, long long ll, size_t st):
    return a[c], a[uc], a[s], a[ui], a[ll], a[st]


def lut_apply(const uint8_t[:] idx, const double[:] table):
    cdef Py_ssize_t i
    cdef double[::1] out = np.empty(idx.shape[0])
    for i in range(idx.shape[0]):
        out[i] = table[idx[i]]
    return np.asarray(out)


def signed_lut(const int8_t[:] idx, const double[:] table):
    cdef Py_ssize_t i
    return [table[idx[i]] for i in range(idx.shape[0])]


def object_index(const double[:] a, i):
    return a[i]


def object_index_2d(const double[:, :] a, i, j):
    return a[i, j]


def ptr_index(const double[::1] a, unsigned short k):
    cdef const double* p = &a[0]
    return p[k]


def unsigned_index_wrap(const double[:] a, unsigned int i):
    return a[i]
