# cython: language_level=3
"""More numpy buffer-argument options: mode='fortran' and mode='strided',
negative_indices=False (no wraparound), ndim=3 buffers, buffer locals
re-assigned in a loop (buffer re-acquisition), and ndarray results built
with np.empty and written through a buffer local."""
import numpy as np
cimport numpy as cnp

cnp.import_array()


def fortran_colsum(cnp.ndarray[cnp.float64_t, ndim=2, mode="fortran"] A):
    cdef Py_ssize_t i, j
    out = []
    cdef double s
    for j in range(A.shape[1]):
        s = 0
        for i in range(A.shape[0]):
            s += A[i, j]
        out.append(s)
    return out


def strided_trace(cnp.ndarray[cnp.float32_t, ndim=2, mode="strided"] A):
    cdef Py_ssize_t i
    cdef double t = 0
    for i in range(min(A.shape[0], A.shape[1])):
        t += A[i, i]
    return t


def no_negative(cnp.ndarray[cnp.int64_t, ndim=1, negative_indices=False] a, Py_ssize_t i):
    return a[i]


def sum3(cnp.ndarray[cnp.int32_t, ndim=3] v):
    cdef Py_ssize_t i, j, k
    cdef long s = 0
    for i in range(v.shape[0]):
        for j in range(v.shape[1]):
            for k in range(v.shape[2]):
                s += v[i, j, k] * (k + 1)
    return s


def reacquire(list arrays):
    cdef cnp.ndarray[cnp.float64_t, ndim=1] cur
    cdef Py_ssize_t i
    totals = []
    for arr in arrays:
        cur = arr
        s = 0.0
        for i in range(cur.shape[0]):
            s += cur[i]
        totals.append(s)
    return totals


def build(Py_ssize_t n):
    cdef cnp.ndarray[cnp.float64_t, ndim=2] out = np.empty((n, 2))
    cdef Py_ssize_t i
    for i in range(n):
        out[i, 0] = i
        out[i, 1] = -i * 0.5
    return out
