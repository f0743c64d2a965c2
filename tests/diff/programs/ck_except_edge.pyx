# cython: language_level=3
"""Less common exception paths of cdef functions under Cython 3: struct-
and pointer-returning functions that raise (implicit error checking),
void functions without a spec, nogil functions that raise through
``with gil``, a ``noexcept`` function whose exception is reported as
unraisable (observed with sys.unraisablehook), conversion errors inside a
cdef body, and ``except -1`` functions that return -1 without raising."""
import sys
from libc.stdlib cimport malloc, free

cdef struct Interval:
    double lo
    double hi


cdef Interval make_interval(double lo, double hi):
    if lo > hi:
        raise ValueError("empty interval [%g, %g]" % (lo, hi))
    return Interval(lo, hi)


cdef double* alloc_filled(Py_ssize_t n, double v):
    if n <= 0:
        raise ValueError("n must be positive")
    cdef double* p = <double*>malloc(n * sizeof(double))
    cdef Py_ssize_t i
    for i in range(n):
        p[i] = v
    return p


cdef void check_positive(double x):
    if x <= 0:
        raise ValueError("not positive: %r" % x)


cdef int nogil_check(int x) nogil:
    if x < 0:
        with gil:
            raise OverflowError("negative in nogil: %d" % x)
    return x * 2


cdef int quiet(int x) noexcept:
    if x == 13:
        raise RuntimeError("unlucky")
    return x + 1


cdef int convert_inside(object o) except? -1:
    cdef int v = o
    return v


cdef int lying(int x) except -1:
    return x


def interval_width(double lo, double hi):
    cdef Interval iv = make_interval(lo, hi)
    return iv.hi - iv.lo


def filled_sum(Py_ssize_t n, double v):
    cdef double* p = alloc_filled(n, v)
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(n):
        s += p[i]
    free(p)
    return s


def all_positive(list xs):
    for x in xs:
        check_positive(x)
    return True


def nogil_double(int x):
    cdef int r
    with nogil:
        r = nogil_check(x)
    return r


def call_quiet(int x):
    seen = []
    old = sys.unraisablehook
    sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
    try:
        r = quiet(x)
    finally:
        sys.unraisablehook = old
    return r, seen


def convert(o):
    return convert_inside(o)


def lying_minus_one(int x):
    return lying(x)
