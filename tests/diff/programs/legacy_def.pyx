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


DEF BIG = 1 << 40
DEF NEG = -7
DEF HALF = NBINS / 2
DEF FLOORED = NEG // 2
DEF MODDED = NEG % 3
DEF LABEL = NAME + "_v2"
DEF DEBUG = False
DEF RATIO = SCALE * 2


def consts():
    return BIG, NEG, HALF, FLOORED, MODDED, LABEL, DEBUG, RATIO


def typed_use(int x):
    cdef long y = x * NBINS + NEG
    if DEBUG:
        y = 0
    return y


def shadowed(NBINS):
    return NBINS + 1


def in_nogil(int n):
    cdef double s = 0
    cdef int i
    with nogil:
        for i in range(n):
            s += SCALE
    return s
