# cython: language_level=3
"""Whole-view and slice assignment on typed memoryviews: ``a[:] = b``,
``a[...] = scalar``, strided and reversed targets, 2-D block copies,
overlapping copies within one buffer, column assignment, and shape
mismatches (ValueError)."""
import numpy as np


def copy_into(double[:] dst, double[:] src):
    dst[:] = src
    return np.asarray(dst).tolist()


def fill(double[:, :] a, double v):
    a[...] = v
    return np.asarray(a).tolist()


def fill_slice(int[:] a, Py_ssize_t start, Py_ssize_t stop, Py_ssize_t step, int v):
    a[start:stop:step] = v
    return np.asarray(a).tolist()


def reverse_copy(double[:] dst, double[:] src):
    dst[::-1] = src
    return np.asarray(dst).tolist()


def block_copy(double[:, :] dst, double[:, :] src, Py_ssize_t r, Py_ssize_t c):
    dst[r:r + src.shape[0], c:c + src.shape[1]] = src
    return np.asarray(dst).tolist()


def overlapping_shift(double[:] a, Py_ssize_t k):
    """a[k:] = a[:-k] within one buffer (Cython copies through a temporary when they overlap)."""
    a[k:] = a[:a.shape[0] - k]
    return np.asarray(a).tolist()


def set_column(double[:, :] a, Py_ssize_t j, double[:] col):
    a[:, j] = col
    return np.asarray(a).tolist()


def set_row_scalar(float[:, ::1] a, Py_ssize_t i, float v):
    a[i, :] = v
    a[i] = v + 1
    return np.asarray(a).tolist()


def copy_3d_planes(double[:, :, :] dst, double[:, :, :] src):
    dst[1:] = src[:-1]
    return np.asarray(dst).tolist()


def int_to_int_copy(long[:] dst, long[:] src):
    dst[:] = src
    dst[0] = dst[0] + 1
    return np.asarray(dst).tolist(), src[0]


def scalar_assign_empty(double[:] a):
    a[:] = 3.0
    return a.shape[0]


def copy_bytes_into(unsigned char[:] dst, unsigned char[:] src):
    dst[:src.shape[0]] = src
    return bytes(dst)
