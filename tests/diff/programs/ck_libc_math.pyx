# cython: language_level=3
"""libc.math beyond the basics, as special-function and geometry code uses
it: erf/erfc/lgamma/tgamma, expm1/log1p, hypot/atan2, copysign/nextafter,
fmod/remainder, frexp/modf/ldexp with pointer outputs, lround/llrint,
isinf/isfinite/signbit, cbrt, fma, and float (…f) variants."""
from libc.math cimport (erf, erfc, lgamma, tgamma, expm1, log1p, hypot, atan2, copysign, nextafter,
                        fmod, remainder, frexp, modf, ldexp, lround, llrint, isinf, isfinite, signbit,
                        cbrt, fma, sqrtf, expf, logf, fabsf, floorf, ceil, trunc, log2, exp2, fmin, fmax,
                        sinh, cosh, tanh, asinh, acosh, atanh, M_PI, HUGE_VAL, NAN)


def special(double x):
    return erf(x), erfc(x), lgamma(x), tgamma(x)


def small_x(double x):
    return expm1(x), log1p(x), expm1(x) - (x + x * x / 2)


def geometry(double x, double y):
    return hypot(x, y), atan2(y, x), atan2(y, x) * 180.0 / M_PI


def float_bits(double x, double y):
    return copysign(x, y), nextafter(x, y), nextafter(x, HUGE_VAL) - x


def remainders(double x, double y):
    return fmod(x, y), remainder(x, y)


def decompose(double x):
    cdef int e = 0
    cdef double ip = 0
    cdef double m = frexp(x, &e)
    cdef double frac = modf(x, &ip)
    return m, e, frac, ip, ldexp(m, e)


def rounding(double x):
    return lround(x), llrint(x), trunc(x), ceil(x)


def classify(double x):
    return bool(isinf(x)), bool(isfinite(x)), bool(signbit(x)), x != x


def cube_roots(double x):
    return cbrt(x), fma(x, x, 1.0), log2(x) if x > 0 else None, exp2(x)


def float_variants(float x):
    cdef float a = sqrtf(x), b = expf(x), c = logf(x) if x > 0 else 0.0, d = fabsf(-x), e = floorf(x)
    return a, b, c, d, e


def minmax(double a, double b):
    return fmin(a, b), fmax(a, b)


def hyperbolic(double x):
    return sinh(x), cosh(x), tanh(x), asinh(x), acosh(x) if x >= 1 else NAN, atanh(x) if -1 < x < 1 else NAN


def gauss_pdf(const double[:] x, double mu, double sigma):
    cdef Py_ssize_t i
    cdef list out = []
    cdef double z
    for i in range(x.shape[0]):
        z = (x[i] - mu) / sigma
        out.append(0.5 * erfc(-z / 1.4142135623730951))
    return out
