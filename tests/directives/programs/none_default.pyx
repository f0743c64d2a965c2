# nonecheck: module default (or -X), decorators, with blocks.
cimport cython


def index(double[:] a):
    return a[0]


def shape(double[:] a):
    return a.shape[0]


def not_none(double[:] a not None):
    return a[0]


@cython.nonecheck(True)
def dec_index(double[:] a):
    return a[0]


@cython.nonecheck(True)
def dec_slice(double[:] a):
    cdef double[:] b = a[1:]
    return b.shape[0]


def with_index(double[:] a):
    cdef double x
    with cython.nonecheck(True):
        x = a[0]
    return x
