# cython: language_level=3
"""A read-only array passed to a numpy buffer argument or local: accepted
when the function only reads it, refused ("buffer source array is
read-only") when it writes an element, as Cython decides per variable."""
import numpy as np
cimport numpy as cnp


def total(cnp.ndarray[cnp.float64_t, ndim=1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s


def bump(cnp.ndarray[cnp.float64_t, ndim=1] a):
    a[0] += 1
    return a[0]


def fill(cnp.ndarray[cnp.float64_t, ndim=2] a, double v):
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] = v
    return a.sum()


def local_read(object o):
    cdef cnp.ndarray[cnp.float64_t, ndim=1] b = o
    return b[0] + b[1]


def local_write(object o):
    cdef cnp.ndarray[cnp.float64_t, ndim=1] b = o
    b[1] = 5
    return b[1]


def frozen(n):
    a = np.arange(float(n))
    a.setflags(write=False)
    return a


def frozen2():
    a = np.ones((2, 3))
    a.setflags(write=False)
    return a


def call_total():
    return total(frozen(4))


def call_bump():
    return bump(frozen(4))


def call_bump_writable():
    return bump(np.arange(4.0))


def call_fill():
    return fill(frozen2(), 2.0)


def call_local_read():
    return local_read(frozen(3))


def call_local_write():
    return local_write(frozen(3))
