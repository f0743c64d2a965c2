# cython: language_level=3
"""The error messages of typed memoryview arguments and operations, checked
verbatim: non-buffer objects, wrong ndim, wrong dtype, wrong contiguity,
read-only sources, out-of-bounds access per axis, extent mismatches in
copies, and contiguity checks when a strided slice is passed on to a
cdef function that wants a contiguous view."""
import numpy as np


cdef double _csum(const double[:, ::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


def take1(double[:] a):
    return a.shape[0]


def take2c(const double[:, ::1] a):
    return a.shape[0] * a.shape[1]


def take2f(const float[::1, :] a):
    return a.shape[0]


def get3(const int[:, :, :] a, Py_ssize_t i, Py_ssize_t j, Py_ssize_t k):
    return a[i, j, k]


def copy_to(double[:, :] dst, double[:, :] src):
    dst[:, :] = src
    return True


def pass_on(const double[:, :] a, int step):
    return _csum(np.asarray(a)[:, ::step])


def set_item(double[:] a, Py_ssize_t i, double v):
    a[i] = v
    return a[i]
