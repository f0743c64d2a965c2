# cython: language_level=3
"""Memoryview contiguity queries (is_c_contig / is_f_contig), used to pick a
fast path before handing a pointer to C code."""
import numpy as np


def layout(double[:, :] a):
    return a.is_c_contig(), a.is_f_contig()


def fast_sum(double[:, :] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef const double* p
    if a.is_c_contig() and a.shape[0] * a.shape[1] > 0:
        p = &a[0, 0]
        for i in range(a.shape[0] * a.shape[1]):
            s += p[i]
        return "fast", s
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return "slow", s
