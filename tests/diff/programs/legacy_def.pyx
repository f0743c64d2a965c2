# cython: language_level=3
"""DEF compile-time constants (deprecated in Cython 3 but still accepted and
common in older projects)."""

DEF NBINS = 8
DEF SCALE = 2.5
DEF NAME = "bins"


def bins():
    cdef double edges[NBINS + 1]
    cdef int i
    for i in range(NBINS + 1):
        edges[i] = i * SCALE
    return [edges[i] for i in range(NBINS + 1)], NAME
