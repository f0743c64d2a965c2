# cython: language_level=3
"""Old-style numpy buffer arguments (``np.ndarray[np.float64_t, ndim=2]``)
as used throughout scikit-learn/scipy before typed memoryviews: dtype and
ndim checks, mode='c', buffer locals, indexing with negative indices,
ndarray attributes (.shape, .ndim, .dtype, .size), and returning the
ndarray itself."""
import numpy as np
cimport numpy as cnp
cimport cython

cnp.import_array()

ctypedef cnp.float64_t DTYPE_t
ctypedef cnp.int64_t ITYPE_t


def col_sums(cnp.ndarray[DTYPE_t, ndim=2] X):
    cdef Py_ssize_t i, j
    cdef cnp.ndarray[DTYPE_t, ndim=1] out = np.zeros(X.shape[1], dtype=np.float64)
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            out[j] += X[i, j]
    return out


def c_mode_scale(cnp.ndarray[DTYPE_t, ndim=2, mode="c"] X, double a):
    cdef Py_ssize_t i, j
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            X[i, j] *= a
    return X


def last_items(cnp.ndarray[ITYPE_t, ndim=1] a):
    return a[-1], a[-2], a[0]


@cython.wraparound(False)
@cython.boundscheck(False)
def fast_dot(cnp.ndarray[DTYPE_t, ndim=1] a, cnp.ndarray[DTYPE_t, ndim=1] b):
    cdef Py_ssize_t i, n = min(a.shape[0], b.shape[0])
    cdef double s = 0
    for i in range(n):
        s += a[i] * b[i]
    return s


def attrs(cnp.ndarray a):
    return a.ndim, (<object>a).shape, a.size, a.dtype.str, a.itemsize


def count_true(cnp.ndarray[cnp.uint8_t, ndim=1, cast=True] mask):
    cdef Py_ssize_t i, n = 0
    for i in range(mask.shape[0]):
        if mask[i]:
            n += 1
    return n


def int32_cumsum(cnp.ndarray[cnp.int32_t, ndim=1] a):
    cdef cnp.ndarray[cnp.int64_t, ndim=1] out = np.empty(a.shape[0], dtype=np.int64)
    cdef cnp.int64_t s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
        out[i] = s
    return out


def f32_max(cnp.ndarray[cnp.float32_t, ndim=1] a):
    cdef float m = -np.inf
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        if a[i] > m:
            m = a[i]
    return m


def index_error(cnp.ndarray[DTYPE_t, ndim=2] X, Py_ssize_t i, Py_ssize_t j):
    return X[i, j]


def untyped_ndarray_arg(cnp.ndarray X):
    return X.sum() if X.size else None
