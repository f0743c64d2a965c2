# cython: language_level=3
"""Calling cdef and cpdef functions from C code with keyword arguments and
omitted defaults (the way library-internal helpers are called), cpdef
functions declared nogil, cdef functions returning ``const char*`` and
``bint`` with exception specs, and char* results converted to bytes."""
from libc.math cimport sqrt


cdef double scaled_norm(double x, double y, double scale=1.0, bint squared=False) noexcept:
    cdef double s = (x * x + y * y) * scale * scale
    return s if squared else sqrt(s)


cpdef double cp_weight(double v, double lo=0.0, double hi=1.0) noexcept nogil:
    return lo if v < lo else (hi if v > hi else v)


cdef const char* level_name(int level) noexcept:
    if level >= 40:
        return "ERROR"
    if level >= 30:
        return "WARNING"
    if level >= 20:
        return "INFO"
    return "DEBUG"


cdef bint is_valid(double x) except -1:
    if x != x:
        raise ValueError("NaN is not allowed")
    return x >= 0


def norms(double x, double y):
    return (scaled_norm(x, y), scaled_norm(x, y, 2.0), scaled_norm(x, y, scale=1.0, squared=True),
            scaled_norm(x, y, scale=0.5, squared=True), scaled_norm(y=x, x=y))


def weights(double v):
    cdef double a, b
    with nogil:
        a = cp_weight(v)
    b = cp_weight(v, hi=0.5)
    return a, b, cp_weight(v, -1.0, 2.0)


def names(list levels):
    return [level_name(l) for l in levels]


def validate(list xs):
    return [is_valid(x) for x in xs]
