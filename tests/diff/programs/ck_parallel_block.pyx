# cython: language_level=3
"""``with nogil, parallel():`` blocks with thread-local scratch buffers
allocated inside the block and a prange over rows, plus threadid() (whose
value depends on the schedule and on whether the build has OpenMP: only
its range is checked)."""
import numpy as np
from cython.parallel cimport prange, parallel, threadid
from libc.stdlib cimport malloc, free


def row_sorted_medians(const double[:, ::1] X):
    cdef Py_ssize_t n = X.shape[0], d = X.shape[1], i, j, k
    cdef double* buf
    cdef double t
    cdef double[::1] out = np.zeros(n)
    if d == 0:
        return np.asarray(out)
    with nogil, parallel():
        buf = <double*>malloc(d * sizeof(double))
        for i in prange(n):
            for j in range(d):
                buf[j] = X[i, j]
            for j in range(1, d):
                t = buf[j]
                k = j - 1
                while k >= 0 and buf[k] > t:
                    buf[k + 1] = buf[k]
                    k = k - 1
                buf[k + 1] = t
            out[i] = buf[d // 2]
        free(buf)
    return np.asarray(out)


def thread_ids(int n):
    cdef int i
    cdef long s = 0
    for i in prange(n, nogil=True):
        s += threadid() >= 0
    return s
