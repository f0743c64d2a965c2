# initializedcheck: module default (or -X), decorators, with blocks.
cimport cython


def maybe(double[:] a, bint flag):
    cdef double[:] v
    if flag:
        v = a
    return v[0]


@cython.initializedcheck(False)
def dec_off(double[:] a, bint flag):
    cdef double[:] v
    if flag:
        v = a
    return v[0]


@cython.initializedcheck(True)
def dec_on(double[:] a, bint flag):
    cdef double[:] v
    if flag:
        v = a
    return v[0]


def with_off(double[:] a, bint flag):
    cdef double[:] v
    cdef double x
    if flag:
        v = a
    with cython.initializedcheck(False):
        x = v[0]
    return x
