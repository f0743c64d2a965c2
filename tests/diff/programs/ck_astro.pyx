# cython: language_level=3
"""Astronomy helpers in the style of astropy's C-accelerated pieces:
great-circle separations (haversine and Vincenty), RA wrapping, Julian
dates from calendar dates with integer division rules, iterative sigma
clipping with a malloc'd mask, magnitude/flux conversions, and time
binning of irregular series."""
import numpy as np
from libc.math cimport sin, cos, asin, atan2, sqrt, fabs, log10, pow, fmod, M_PI, NAN, isnan
from libc.stdlib cimport malloc, free

cdef double DEG = M_PI / 180.0


def haversine(double ra1, double dec1, double ra2, double dec2):
    cdef double s1 = sin((dec2 - dec1) * DEG / 2), s2 = sin((ra2 - ra1) * DEG / 2)
    return 2 * asin(sqrt(s1 * s1 + cos(dec1 * DEG) * cos(dec2 * DEG) * s2 * s2)) / DEG


def vincenty(double ra1, double dec1, double ra2, double dec2):
    cdef double sdl = sin((ra2 - ra1) * DEG), cdl = cos((ra2 - ra1) * DEG)
    cdef double s1 = sin(dec1 * DEG), c1 = cos(dec1 * DEG), s2 = sin(dec2 * DEG), c2 = cos(dec2 * DEG)
    cdef double num1 = c2 * sdl, num2 = c1 * s2 - s1 * c2 * cdl
    return atan2(sqrt(num1 * num1 + num2 * num2), s1 * s2 + c1 * c2 * cdl) / DEG


def wrap_ra(const double[:] ra, double wrap_angle=360.0):
    cdef Py_ssize_t i
    cdef double[::1] out = np.empty(ra.shape[0])
    for i in range(ra.shape[0]):
        out[i] = fmod(ra[i] - (wrap_angle - 360.0), 360.0)
        if out[i] < 0:
            out[i] += 360.0
        out[i] += wrap_angle - 360.0
    return np.asarray(out)


def julian_day(int year, int month, int day):
    """Fliegel & Van Flandern; Python floor division semantics for negative years."""
    cdef long a = (14 - month) // 12
    cdef long y = year + 4800 - a
    cdef long m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def sigma_clip(const double[:] x, double nsigma=3.0, int maxiters=5):
    cdef Py_ssize_t n = x.shape[0], i
    cdef unsigned char* keep = <unsigned char*>malloc(n + 1)
    cdef double mean, var, d
    cdef Py_ssize_t cnt, changed
    cdef int it
    if keep == NULL:
        raise MemoryError()
    for i in range(n):
        keep[i] = not isnan(x[i])
    try:
        for it in range(maxiters):
            mean = 0; cnt = 0
            for i in range(n):
                if keep[i]:
                    mean += x[i]; cnt += 1
            if cnt == 0:
                return NAN, NAN, 0, it
            mean /= cnt
            var = 0
            for i in range(n):
                if keep[i]:
                    d = x[i] - mean
                    var += d * d
            var = sqrt(var / cnt)
            changed = 0
            for i in range(n):
                if keep[i] and fabs(x[i] - mean) > nsigma * var:
                    keep[i] = 0
                    changed += 1
            if changed == 0:
                return mean, var, cnt, it
        return mean, var, cnt, maxiters
    finally:
        free(keep)


def mag_to_flux(const double[:] mag, double zp=25.0):
    cdef Py_ssize_t i
    return [pow(10.0, -0.4 * (mag[i] - zp)) for i in range(mag.shape[0])]


def flux_to_mag(double flux, double zp=25.0):
    if flux <= 0:
        raise ValueError("flux must be positive, got %r" % flux)
    return -2.5 * log10(flux) + zp


def bin_times(const double[:] t, const double[:] y, double width):
    if width <= 0:
        raise ValueError("bin width must be positive")
    if t.shape[0] != y.shape[0]:
        raise ValueError("t and y differ in length")
    cdef Py_ssize_t i
    cdef long b, cur = -1
    cdef double s = 0
    cdef long cnt = 0
    out = []
    for i in range(t.shape[0]):
        b = <long>(t[i] // width)
        if b != cur and cnt:
            out.append((cur, s / cnt, cnt))
            s = 0; cnt = 0
        cur = b
        s += y[i]
        cnt += 1
    if cnt:
        out.append((cur, s / cnt, cnt))
    return out
