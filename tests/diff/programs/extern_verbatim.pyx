# cython: language_level=3
"""cdef extern from * with verbatim C code in the docstring: small C
helpers and macros written inline, the way many projects avoid a
separate header."""

cdef extern from *:
    """
    static int twice_c(int x) { return 2 * x; }
    #define SQUARE(x) ((x) * (x))
    static double clamp01(double v) { return v < 0 ? 0 : (v > 1 ? 1 : v); }
    """
    int twice_c(int x)
    long SQUARE(long x)
    double clamp01(double v) nogil


def twice(int x):
    return twice_c(x)


def square(long x):
    return SQUARE(x)


def clamp_all(double[:] a):
    cdef Py_ssize_t i
    with nogil:
        for i in range(a.shape[0]):
            a[i] = clamp01(a[i])
    return list(a)
