# cython: language_level=3
"""Cleanup in nogil code: try/finally inside ``with nogil:`` freeing
malloc'd scratch on both the normal and the error path (the error raised
from a nogil helper through ``with gil``), early ``return`` and ``break``
through finally blocks, and nested nogil/gil sections keeping counters."""
from libc.stdlib cimport malloc, free

cdef int frees = 0


cdef int fill(double* buf, Py_ssize_t n, Py_ssize_t bad) except -1 nogil:
    cdef Py_ssize_t i
    for i in range(n):
        if i == bad:
            with gil:
                raise ValueError("bad index %d" % i)
        buf[i] = i * 0.5
    return 0


cdef void release(double* p) noexcept nogil:
    global frees
    free(p)
    frees += 1


def process(Py_ssize_t n, Py_ssize_t bad):
    cdef double* buf = <double*>malloc((n + 1) * sizeof(double))
    cdef double s = 0
    cdef Py_ssize_t i
    with nogil:
        try:
            fill(buf, n, bad)
            for i in range(n):
                s += buf[i]
        finally:
            release(buf)
    return s


def frees_so_far():
    return frees


def first_over(const double[:] a, double t):
    cdef Py_ssize_t i, found = -1
    cdef double* scratch = <double*>malloc(8)
    with nogil:
        try:
            for i in range(a.shape[0]):
                if a[i] > t:
                    found = i
                    break
        finally:
            release(scratch)
    return found


cdef Py_ssize_t _search(const double[:] a, double t) noexcept nogil:
    cdef Py_ssize_t i
    cdef double* scratch = <double*>malloc(8)
    try:
        for i in range(a.shape[0]):
            if a[i] == t:
                return i
        return -1
    finally:
        release(scratch)


def search(const double[:] a, double t):
    cdef Py_ssize_t r
    with nogil:
        r = _search(a, t)
    return r, frees
