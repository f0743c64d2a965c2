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
