"""Memoryview slicing: start/stop/step, negative steps, integer indices that
drop a dimension, .T, slice assignment."""
import numpy as np


def sl_1d(double[:] a, Py_ssize_t start, Py_ssize_t stop, Py_ssize_t step):
    cdef double[:] b = a[start:stop:step]
    return np.asarray(b).tolist(), b.shape[0]


def sl_1d_open(double[:] a):
    return (np.asarray(a[2:]).tolist(), np.asarray(a[:2]).tolist(), np.asarray(a[::-1]).tolist(),
            np.asarray(a[::2]).tolist(), np.asarray(a[-2:]).tolist(), np.asarray(a[:-1]).tolist())


def sl_row(double[:, :] m, Py_ssize_t i):
    cdef double[:] row = m[i]
    return np.asarray(row).tolist()


def sl_col(double[:, :] m, Py_ssize_t j):
    cdef double[:] col = m[:, j]
    return np.asarray(col).tolist(), col.strides[0]


def sl_sub(double[:, :] m):
    cdef double[:, :] s = m[1:, ::2]
    return np.asarray(s).tolist(), s.shape[0], s.shape[1]


def sl_T(double[:, :] m):
    cdef double[:, :] t = m.T
    return np.asarray(t).tolist(), t.shape[0], t.shape[1], t.strides[0], t.strides[1]


def sl_T_3d(double[:, :, :] m):
    cdef double[:, :, :] t = m.T
    return t.shape[0], t.shape[1], t.shape[2], t[1, 0, 0]


def sl_write_through(double[:, :] m):
    cdef double[:] row = m[1]
    row[0] = -5.0
    m[0, :] = 9.0
    m[:, 2] = 7.0
    return np.asarray(m).tolist()


def sl_assign_slice(double[:] a, double[:] b):
    a[1:3] = b
    return np.asarray(a).tolist()


def sl_chain(double[:] a):
    cdef double[:] b = a[1:][::2][1:]
    return np.asarray(b).tolist()


def sl_2d_index_neg(double[:, :] m):
    return m[-1, -1], m[0, -2]


def sl_2d_bounds(double[:, :] m, Py_ssize_t i, Py_ssize_t j):
    return m[i, j]


def sl_contig_row(double[:, ::1] m, Py_ssize_t i):
    cdef double[::1] row = m[i]
    return np.asarray(row).tolist()


def sl_fortran_col(double[::1, :] m, Py_ssize_t j):
    cdef double[::1] col = m[:, j]
    return np.asarray(col).tolist()


def sl_empty(double[:] a):
    cdef double[:] e = a[3:1]
    return e.shape[0], np.asarray(e).tolist()


def sl_copy_of_slice(double[:, :] m):
    cdef double[:, ::1] c = m[::2, ::-1].copy()
    return np.asarray(c).tolist(), c.strides[1]


def sl_int_matrix(int[:, :] m):
    cdef int total = 0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            total += m[i, j] * (i + 1)
    return total
