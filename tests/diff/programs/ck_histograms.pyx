# cython: language_level=3
"""Histogram kernels (numpy.histogram / skimage.exposure style): fixed-width
bins over double views, uint8 and uint16 pixel counts, 2-D joint histograms,
cumulative counts, equalisation look-up tables and weighted bincount."""
import numpy as np
cimport cython
from libc.math cimport floor, isnan
from libc.stdint cimport uint16_t, uint32_t, int64_t


def hist_fixed(const double[:] x, double lo, double hi, int nbins):
    if nbins <= 0:
        raise ValueError("nbins must be positive, got %d" % nbins)
    if not hi > lo:
        raise ValueError("empty range [%r, %r)" % (lo, hi))
    cdef int64_t[::1] counts = np.zeros(nbins, dtype=np.int64)
    cdef double scale = nbins / (hi - lo)
    cdef Py_ssize_t i
    cdef int b
    cdef Py_ssize_t skipped = 0
    for i in range(x.shape[0]):
        if isnan(x[i]) or x[i] < lo or x[i] > hi:
            skipped += 1
            continue
        b = <int>((x[i] - lo) * scale)
        if b == nbins:
            b = nbins - 1
        counts[b] += 1
    return np.asarray(counts), skipped


@cython.boundscheck(False)
def hist_u8(const unsigned char[::1] px):
    cdef uint32_t counts[256]
    cdef Py_ssize_t i
    for i in range(256):
        counts[i] = 0
    for i in range(px.shape[0]):
        counts[px[i]] += 1
    return [counts[i] for i in range(256) if counts[i]], [i for i in range(256) if counts[i]]


def hist_u16_shift(const uint16_t[:] px, int shift):
    """Bin 16-bit pixels into 2**(16-shift) bins."""
    if shift < 0 or shift > 16:
        raise ValueError("shift out of range")
    cdef Py_ssize_t n = 1 << (16 - shift), i
    out = np.zeros(n, dtype=np.uint32)
    cdef uint32_t[::1] c = out
    for i in range(px.shape[0]):
        c[px[i] >> shift] += 1
    return out


def hist2d(const double[:] x, const double[:] y, int nx, int ny):
    if x.shape[0] != y.shape[0]:
        raise ValueError("x and y differ in length: %d != %d" % (x.shape[0], y.shape[0]))
    cdef double xmin = 0, xmax = 0, ymin = 0, ymax = 0
    cdef Py_ssize_t i, n = x.shape[0]
    cdef int bx, by
    cdef long[:, ::1] h = np.zeros((nx, ny), dtype=np.int_)
    if n == 0:
        return np.asarray(h)
    xmin = xmax = x[0]
    ymin = ymax = y[0]
    for i in range(n):
        xmin = min(xmin, x[i]); xmax = max(xmax, x[i])
        ymin = min(ymin, y[i]); ymax = max(ymax, y[i])
    for i in range(n):
        bx = <int>floor((x[i] - xmin) / (xmax - xmin) * nx) if xmax > xmin else 0
        by = <int>floor((y[i] - ymin) / (ymax - ymin) * ny) if ymax > ymin else 0
        if bx >= nx: bx = nx - 1
        if by >= ny: by = ny - 1
        h[bx, by] += 1
    return np.asarray(h)


def cumulative(const long long[:] counts):
    cdef Py_ssize_t i, n = counts.shape[0]
    cdef long long[::1] c = np.empty(n, dtype=np.longlong)
    cdef long long run = 0
    for i in range(n):
        run += counts[i]
        c[i] = run
    return np.asarray(c)


def equalize_lut(const unsigned char[:, :] img):
    cdef Py_ssize_t counts[256]
    cdef Py_ssize_t i, j, total = img.shape[0] * img.shape[1], cdf = 0, cdf_min = -1
    cdef unsigned char[::1] lut = np.zeros(256, dtype=np.uint8)
    for i in range(256):
        counts[i] = 0
    for i in range(img.shape[0]):
        for j in range(img.shape[1]):
            counts[img[i, j]] += 1
    for i in range(256):
        cdf += counts[i]
        if cdf_min < 0 and cdf > 0:
            cdf_min = cdf
        if total == cdf_min:
            lut[i] = i
        else:
            lut[i] = <unsigned char>(((cdf - cdf_min) * 255) // (total - cdf_min)) if cdf >= cdf_min else 0
    return bytes(lut)


def bincount_w(const int[:] idx, const double[:] w=None, Py_ssize_t minlength=0):
    cdef Py_ssize_t i, n = idx.shape[0], size = minlength
    for i in range(n):
        if idx[i] < 0:
            raise ValueError("negative index %d at position %d" % (idx[i], i))
        if idx[i] + 1 > size:
            size = idx[i] + 1
    cdef double[::1] out = np.zeros(size)
    for i in range(n):
        out[idx[i]] += 1.0 if w is None else w[i]
    return np.asarray(out)


def digitize(const double[:] x, const double[:] edges):
    """Right-open bins: index of the first edge greater than x (linear scan)."""
    cdef Py_ssize_t i, k
    cdef short[::1] out = np.empty(x.shape[0], dtype=np.short)
    for i in range(x.shape[0]):
        k = 0
        while k < edges.shape[0] and edges[k] <= x[i]:
            k += 1
        out[i] = <short>k
    return np.asarray(out)


def mode_u8(const unsigned char[:] px):
    cdef int counts[256]
    cdef int i, best = 0
    for i in range(256):
        counts[i] = 0
    if px.shape[0] == 0:
        raise ValueError("mode of an empty sequence")
    for i in range(px.shape[0]):
        counts[px[i]] += 1
    for i in range(256):
        if counts[i] > counts[best]:
            best = i
    return best, counts[best]
