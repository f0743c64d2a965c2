# cython: language_level=3
"""C arrays and Python lists: slice assignment from a list (a[:] = [...]),
module-level tables filled that way, and C arrays returned as lists."""

cdef double WEIGHTS[3]
WEIGHTS[:] = [0.2, 0.3, 0.5]


def weights():
    return WEIGHTS[0] + WEIGHTS[2], WEIGHTS


def squares4():
    cdef int a[4]
    cdef int i
    for i in range(4):
        a[i] = i * i
    return a


def from_list(list xs):
    cdef int a[3]
    a[:] = xs
    return a[0] + a[1] + a[2]


def fill_from_iterable(xs):
    cdef int a[3]
    a[:] = xs
    return a


def assign_from_iterable(xs):
    cdef double a[3]
    a = xs
    return a


def struct_with_arrays(int k):
    cdef Rec r
    r.name[0] = 97 + k
    r.name[1] = 0
    r.coords[0] = k
    r.coords[1] = k * 0.5
    r.coords[2] = -k
    return r


cdef struct Rec:
    char name[8]
    double coords[3]
