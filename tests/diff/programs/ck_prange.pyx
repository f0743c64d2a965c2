# cython: language_level=3
"""cython.parallel.prange loops (pyxc runs them on OpenMP threads; the
Cython oracle is built without OpenMP and runs them serially): sum/max
reductions over rows, per-row independent writes, a nogil parallel block
with thread-local scratch, and num_threads/schedule arguments. Results never
depend on iteration order."""
import numpy as np
cimport cython
from cython.parallel cimport prange, parallel
from libc.math cimport sqrt


@cython.boundscheck(False)
@cython.wraparound(False)
def row_norms(const double[:, ::1] X):
    cdef Py_ssize_t i, j, n = X.shape[0]
    cdef double s
    cdef double[::1] out = np.empty(n)
    for i in prange(n, nogil=True):
        s = 0
        for j in range(X.shape[1]):
            s = s + X[i, j] * X[i, j]
        out[i] = sqrt(s)
    return np.asarray(out)


def int_sum(const long[:] a):
    cdef Py_ssize_t i
    cdef long total = 0
    for i in prange(a.shape[0], nogil=True, schedule="static"):
        total += a[i]
    return total


def count_positive(const double[:] a):
    cdef Py_ssize_t i
    cdef Py_ssize_t n = 0
    for i in prange(a.shape[0], nogil=True, num_threads=2):
        if a[i] > 0:
            n += 1
    return n


def scale_rows(double[:, :] X, const double[:] w):
    cdef Py_ssize_t i, j
    with nogil:
        for i in prange(X.shape[0], schedule="dynamic"):
            for j in range(X.shape[1]):
                X[i, j] = X[i, j] * w[i]
    return np.asarray(X).tolist()


def stepped(int start, int stop, int step):
    cdef int i
    cdef long s = 0
    for i in prange(start, stop, step, nogil=True):
        s += i
    return s
