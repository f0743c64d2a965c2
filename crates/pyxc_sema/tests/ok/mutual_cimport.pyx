# cycle_a.pxd and cycle_b.pxd cimport each other: each is read once, and
# each sees what the other declared before the cycle.
cimport cycle_a
from cycle_b cimport weight


def total(int n):
    cdef cycle_a.count i
    cdef weight w = 0
    cdef cycle_a.real r = 0.5
    for i in range(n):
        w += r
    return w
