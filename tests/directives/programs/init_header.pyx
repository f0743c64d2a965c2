# cython: initializedcheck=False
cimport cython


def maybe(double[:] a, bint flag):
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
