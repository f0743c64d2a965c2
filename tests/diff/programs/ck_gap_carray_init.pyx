# cython: language_level=3
"""C array initialisation from literals and whole-array assignment:
``cdef int[4] a = [1, 2, 3, 4]``, ``a[:] = [...]``, tables of string
literals (``const char*`` arrays), and copying one C array into another
with ``b[:] = a``."""

cdef const char* NAMES[3]
NAMES[0] = "red"
NAMES[1] = "green"
NAMES[2] = "blue"


def literal_init():
    cdef int[4] a = [1, 2, 3, 4]
    cdef double[3] w = [0.25, 0.5, 0.25]
    return a[0] + a[3], w[1]


def slice_assign(int x):
    cdef long a[5]
    a[:] = [x, x + 1, x + 2, x + 3, x + 4]
    cdef long b[5]
    b[:] = a
    return b[0], b[4]


def name_of(int i):
    if not 0 <= i < 3:
        raise IndexError("colour index out of range")
    return NAMES[i]
