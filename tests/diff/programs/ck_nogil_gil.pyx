# cython: language_level=3
"""nogil functions and blocks as in scikit-learn's tree and neighbours code:
``with nogil:`` around tight loops, nogil cdef functions that signal errors
through ``except -1 nogil`` and reacquire the GIL with ``with gil:`` to raise,
nested ``with gil`` inside ``with nogil``, nogil functions taking views and
pointers, and a nogil section that returns and breaks early."""
import numpy as np
from libc.math cimport sqrt, isnan
from libc.stdlib cimport malloc, free


cdef int checked_mean(const double* x, Py_ssize_t n, double* out) except -1 nogil:
    cdef Py_ssize_t i
    cdef double s = 0
    if n == 0:
        with gil:
            raise ValueError("mean of empty data")
    for i in range(n):
        if isnan(x[i]):
            with gil:
                raise ValueError("NaN at index %d" % i)
        s += x[i]
    out[0] = s / n
    return 0


cdef double norm_view(const double[:] v) noexcept nogil:
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i] * v[i]
    return sqrt(s)


cdef Py_ssize_t first_above(const double[:] v, double t) noexcept nogil:
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        if v[i] > t:
            return i
    return -1


def mean_nogil(const double[::1] x):
    cdef double m = 0
    cdef Py_ssize_t n = x.shape[0]
    cdef const double* p = &x[0] if n > 0 else NULL
    with nogil:
        checked_mean(p, n, &m)
    return m


def row_norms(const double[:, :] X):
    cdef Py_ssize_t i
    cdef double[::1] out = np.empty(X.shape[0])
    with nogil:
        for i in range(X.shape[0]):
            out[i] = norm_view(X[i, :])
    return np.asarray(out)


def find_first(const double[:] v, double t):
    cdef Py_ssize_t r
    with nogil:
        r = first_above(v, t)
    return r


def gil_inside_loop(const double[:] v):
    cdef Py_ssize_t i
    cdef list log = []
    with nogil:
        for i in range(v.shape[0]):
            if v[i] < 0:
                with gil:
                    log.append(i)
    return log


def nogil_break(const int[:] v, int stop):
    cdef Py_ssize_t i
    cdef long s = 0
    with nogil:
        for i in range(v.shape[0]):
            if v[i] == stop:
                break
            s += v[i]
    return s


def nogil_malloc(Py_ssize_t n):
    cdef double* buf
    cdef Py_ssize_t i
    cdef double s = 0
    with nogil:
        buf = <double*>malloc(n * sizeof(double))
    if buf == NULL and n > 0:
        raise MemoryError()
    with nogil:
        for i in range(n):
            buf[i] = i * 0.5
        for i in range(n):
            s += buf[i]
        free(buf)
    return s


def raise_from_nogil(int code):
    with nogil:
        if code == 1:
            with gil:
                raise KeyError("code one")
        elif code == 2:
            with gil:
                raise RuntimeError("code two")
    return code


cdef void scale_inplace(double[:] v, double a) noexcept nogil:
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        v[i] *= a


def scale(double[:] v, double a):
    with nogil:
        scale_inplace(v, a)
    return np.asarray(v).tolist()
