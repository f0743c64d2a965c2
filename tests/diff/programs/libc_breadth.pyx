# cython: language_level=3
"""The rest of Cython's libc .pxd files as real modules cimport them:
strtol/strtod, div, float-suffixed and
rounding math functions, math constants named as in Python (pi, e),
string.h searches."""
from libc.stdlib cimport strtol, strtod, atoi, labs, div, div_t
from libc.string cimport memchr, strrchr, strncmp, memcmp, strlen
from libc.math cimport pi, e, sqrtf, expf, fabsf, lround, llround, trunc, copysign, isfinite, signbit, nan, fmaf, fmax, fmin, remainder, scalbn


def parse_long(bytes s, int base):
    cdef char* end
    cdef const char* p = s
    cdef long v = strtol(p, &end, base)
    return v, end - p


def parse_double(bytes s):
    cdef char* end
    cdef const char* p = s
    cdef double v = strtod(p, &end)
    return v, end - p, atoi(p)


def constants():
    return pi, e, pi == 3.141592653589793, e * 2


def float_funcs(float x):
    return sqrtf(x), expf(x), fabsf(x), fmaf(x, 2.0, 1.0)


def rounding(double x):
    return lround(x), llround(x), trunc(x), copysign(1.0, x), signbit(x) != 0, isfinite(x) != 0


def misc_math(double x, double y):
    return fmax(x, y), fmin(x, y), remainder(x, y), scalbn(x, 3), nan(b"") != nan(b"")


def labs_div(long a, int b, int c):
    cdef div_t d = div(b, c)
    return labs(a), d.quot, d.rem


def find_byte(bytes data, int ch):
    cdef const char* p = data
    cdef const void* hit = memchr(p, ch, len(data))
    if hit == NULL:
        return -1
    return <const char*>hit - p


def last_sep(bytes path):
    cdef const char* p = path
    cdef const char* hit = strrchr(p, 47)
    if hit == NULL:
        return path
    return path[hit - p + 1:]


def prefix_cmp(bytes a, bytes b, int n):
    cdef int r = strncmp(a, b, n)
    cdef int m = memcmp(<const char*>a, <const char*>b, min(len(a), len(b)))
    return (r > 0) - (r < 0), (m > 0) - (m < 0)
