# cython: language_level=3
"""Interpolation kernels (numpy.interp, scipy.ndimage.map_coordinates order
1, scipy.interpolate's PCHIP-free cubic Hermite): binary-search bracketing,
left/right fill values, bilinear sampling of a 2-D grid with clamping,
nearest-neighbour resize of uint8 images, and float32 lerp."""
import numpy as np
cimport cython
from libc.math cimport floor, isnan, NAN, fabs


cdef inline Py_ssize_t _bracket(const double[:] xp, double x) noexcept nogil:
    """Largest i with xp[i] <= x (xp ascending, x inside the range)."""
    cdef Py_ssize_t lo = 0, hi = xp.shape[0] - 1, mid
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if xp[mid] <= x:
            lo = mid
        else:
            hi = mid
    return lo


def interp(const double[:] x, const double[:] xp, const double[:] fp, left=None, right=None):
    cdef Py_ssize_t n = xp.shape[0], i, j
    if n == 0:
        raise ValueError("array of sample points is empty")
    if fp.shape[0] != n:
        raise ValueError("fp and xp are not of the same length.")
    cdef double lval = fp[0] if left is None else left
    cdef double rval = fp[n - 1] if right is None else right
    cdef double[::1] out = np.empty(x.shape[0])
    cdef double t
    for i in range(x.shape[0]):
        if isnan(x[i]):
            out[i] = NAN
        elif x[i] < xp[0]:
            out[i] = lval
        elif x[i] > xp[n - 1]:
            out[i] = rval
        elif x[i] == xp[n - 1]:
            out[i] = fp[n - 1]
        else:
            j = _bracket(xp, x[i])
            t = (x[i] - xp[j]) / (xp[j + 1] - xp[j])
            out[i] = fp[j] + t * (fp[j + 1] - fp[j])
    return np.asarray(out)


@cython.boundscheck(False)
@cython.wraparound(False)
def bilinear(const double[:, :] grid, double r, double c):
    cdef Py_ssize_t h = grid.shape[0], w = grid.shape[1]
    if h == 0 or w == 0:
        raise ValueError("empty grid")
    if r < 0: r = 0
    if c < 0: c = 0
    if r > h - 1: r = h - 1
    if c > w - 1: c = w - 1
    cdef Py_ssize_t r0 = <Py_ssize_t>floor(r), c0 = <Py_ssize_t>floor(c)
    cdef Py_ssize_t r1 = r0 + 1 if r0 + 1 < h else r0
    cdef Py_ssize_t c1 = c0 + 1 if c0 + 1 < w else c0
    cdef double fr = r - r0, fc = c - c0
    return ((1 - fr) * ((1 - fc) * grid[r0, c0] + fc * grid[r0, c1])
            + fr * ((1 - fc) * grid[r1, c0] + fc * grid[r1, c1]))


def sample_many(const double[:, :] grid, const double[:, ::1] coords):
    cdef Py_ssize_t i
    return [bilinear(grid, coords[i, 0], coords[i, 1]) for i in range(coords.shape[0])]


def resize_nearest(const unsigned char[:, :] img, Py_ssize_t oh, Py_ssize_t ow):
    cdef Py_ssize_t i, j, h = img.shape[0], w = img.shape[1]
    if oh < 0 or ow < 0:
        raise ValueError("negative output size")
    out = np.zeros((oh, ow), dtype=np.uint8)
    cdef unsigned char[:, :] o = out
    if h == 0 or w == 0:
        return out
    for i in range(oh):
        for j in range(ow):
            o[i, j] = img[(i * h) // oh, (j * w) // ow]
    return out


cdef inline float lerp(float a, float b, float t) noexcept nogil:
    return a + t * (b - a)


def lerp_f32(const float[:] a, const float[:] b, float t):
    cdef Py_ssize_t i
    cdef float[::1] out = np.empty(a.shape[0], dtype=np.float32)
    with nogil:
        for i in range(a.shape[0]):
            out[i] = lerp(a[i], b[i], t)
    return np.asarray(out)


def hermite(const double[:] xp, const double[:] fp, const double[:] dp, double x):
    cdef Py_ssize_t n = xp.shape[0], j
    if n < 2:
        raise ValueError("need two knots")
    if not xp[0] <= x <= xp[n - 1]:
        raise ValueError("x=%g outside [%g, %g]" % (x, xp[0], xp[n - 1]))
    j = _bracket(xp, x)
    if j == n - 1:
        j -= 1
    cdef double hh = xp[j + 1] - xp[j], t = (x - xp[j]) / hh
    cdef double t2 = t * t, t3 = t2 * t
    return ((2 * t3 - 3 * t2 + 1) * fp[j] + (t3 - 2 * t2 + t) * hh * dp[j]
            + (-2 * t3 + 3 * t2) * fp[j + 1] + (t3 - t2) * hh * dp[j + 1])


def linspace_c(double a, double b, int n, bint endpoint=True):
    cdef int i
    cdef double step
    if n < 0:
        raise ValueError("Number of samples, %d, must be non-negative." % n)
    if n == 0:
        return []
    step = (b - a) / ((n - 1) if endpoint else n) if (n > 1 or not endpoint) else 0.0
    return [a + i * step for i in range(n)]
