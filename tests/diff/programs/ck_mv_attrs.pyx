# cython: language_level=3
"""Typed memoryview attributes as Python sees them: .shape/.strides
coerced to Python, .ndim, .size, .nbytes, .itemsize, len(),
iteration, .copy()/.copy_fortran(), .is_c_contig()/.is_f_contig(), .T of
3-D views, and views passed to and returned from cdef/def functions."""
import numpy as np


def shape_tuple(double[:, :] a):
    return a.shape, a.strides


def shape_items(double[:, :, :] a):
    return a.shape[0], a.shape[1], a.shape[2], a.ndim, a.size


def sizes(float[:] a):
    return a.nbytes, a.itemsize, len(a), a.size


def iterate(long[:] a):
    return [x for x in a]


def contiguity(double[:, :] a):
    return a.is_c_contig(), a.is_f_contig()


def copies(double[:, :] a):
    cdef double[:, ::1] c = a.copy()
    cdef double[::1, :] f = a.copy_fortran()
    c[0, 0] = -1.0
    f[0, 0] = -2.0
    return np.asarray(c).tolist(), np.asarray(f).tolist(), a[0, 0], f.strides[0], f.strides[1]


def transpose3(int[:, :, :] a):
    cdef int[:, :, :] t = a.T
    return t.shape[0], t.shape[1], t.shape[2], t.strides[0] // 4, t.strides[2] // 4, t[2, 1, 0]


cdef double[:] tail(double[:] a, Py_ssize_t k):
    return a[a.shape[0] - k:]


cdef double total(double[:] a) noexcept:
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s


def cdef_view_roundtrip(double[:] a, Py_ssize_t k):
    cdef double[:] t = tail(a, k)
    t[0] = 100.0
    return total(t), np.asarray(t).tolist()


def return_view(double[:, :] a):
    return a[1:, :1]


def view_is_none(double[:] a=None):
    if a is None:
        return "none"
    return a.shape[0]


def assign_none_local(double[:] a):
    cdef double[:] v = a
    v = None
    return v is None


def mv_base_type(double[:] a):
    v = a          # the memoryview object itself in Python code
    return type(v).__name__, v.shape, v.ndim
