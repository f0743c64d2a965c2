# cython: boundscheck=False
# cython: wraparound=False
# Two header lines merge; decorators and with blocks turn the checks back on.
cimport cython


def read1(double[:] a, Py_ssize_t i):
    return a[i]


def read2(double[:, :] a, Py_ssize_t i, Py_ssize_t j):
    return a[i, j]


@cython.boundscheck(True)
def dec_bc(double[:] a, Py_ssize_t i):
    return a[i]


@cython.boundscheck(True)
@cython.wraparound(True)
def dec_on(double[:] a, Py_ssize_t i):
    return a[i]


def with_on(double[:] a, Py_ssize_t i):
    cdef double x
    with cython.boundscheck(True):
        x = a[i]
    return x
