# boundscheck / wraparound: module defaults (or -X), decorators, with blocks.
cimport cython


def read1(double[:] a, Py_ssize_t i):
    return a[i]


def write1(double[:] a, Py_ssize_t i, double v):
    a[i] = v
    return a[i]


def read2(double[:, :] a, Py_ssize_t i, Py_ssize_t j):
    return a[i, j]


@cython.boundscheck(False)
def dec_nobc(double[:] a, Py_ssize_t i):
    return a[i]


@cython.wraparound(False)
def dec_nowrap(double[:] a, Py_ssize_t i):
    return a[i]


@cython.boundscheck(False)
@cython.wraparound(False)
def dec_off(double[:] a, Py_ssize_t i):
    return a[i]


def with_nobc(double[:] a, Py_ssize_t i, Py_ssize_t j):
    cdef double x
    with cython.boundscheck(False):
        x = a[i]
    # the block ends: checked again
    return x + a[j]


def with_nowrap(double[:] a, Py_ssize_t i):
    cdef double x
    with cython.wraparound(False):
        x = a[i]
    return x


@cython.boundscheck(False)
def dec_off_with_on(double[:] a, Py_ssize_t i, Py_ssize_t j):
    cdef double x
    with cython.boundscheck(True):
        x = a[i]
    # back to the decorator's setting
    return x + a[j]
