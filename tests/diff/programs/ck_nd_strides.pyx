# cython: language_level=3
"""Generic N-d traversal with raw byte pointers and strides (numpy
iterator style): reading ``.strides``/``.shape`` of a typed view, walking
elements through ``char*`` arithmetic for any layout (C, F, negative
strides), computing flat offsets, and checking that pointer and index
access agree."""
import numpy as np


def strided_sum_2d(const double[:, :] a):
    cdef const char* base
    cdef Py_ssize_t i, j
    cdef double s = 0
    if a.shape[0] == 0 or a.shape[1] == 0:
        return 0.0
    base = <const char*>&a[0, 0]
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += (<const double*>(base + i * a.strides[0] + j * a.strides[1]))[0] * (i + 1)
    return s


def offsets(const int[:, :, :] a):
    cdef const char* base = <const char*>&a[0, 0, 0]
    cdef Py_ssize_t i, j, k
    out = []
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                out.append((<const char*>&a[i, j, k] - base) // sizeof(int))
    return out


def pointer_matches_index(const float[:, :] a):
    cdef const char* base = <const char*>&a[0, 0]
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if (<const float*>(base + i * a.strides[0] + j * a.strides[1]))[0] != a[i, j]:
                return False, i, j
    return True, a.strides[0], a.strides[1]


def fill_via_pointer(double[:, :] a, double start):
    cdef char* base = <char*>&a[0, 0]
    cdef Py_ssize_t i, j
    cdef double v = start
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            (<double*>(base + i * a.strides[0] + j * a.strides[1]))[0] = v
            v += 1
    return np.asarray(a).tolist()


def is_contiguous_manual(const double[:, :] a):
    cdef bint c = a.strides[1] == sizeof(double) and a.strides[0] == a.shape[1] * sizeof(double)
    cdef bint f = a.strides[0] == sizeof(double) and a.strides[1] == a.shape[0] * sizeof(double)
    return c, f
