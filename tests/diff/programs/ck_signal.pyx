# cython: language_level=3
"""1-D signal processing kernels (scipy.signal / audio DSP): direct
convolution in full/same/valid modes, cross-correlation lags, a biquad IIR
filter with a state struct, zero-crossing counts, decimation with a box
filter, peak finding with a minimum distance, and RMS envelopes."""
import numpy as np
from libc.math cimport sqrt, fabs

cdef struct Biquad:
    double b0, b1, b2, a1, a2
    double z1, z2


def convolve(const double[:] x, const double[:] h, str mode="full"):
    cdef Py_ssize_t n = x.shape[0], m = h.shape[0], i, k, lo, size, off
    if n == 0 or m == 0:
        raise ValueError("convolve inputs cannot be empty")
    if mode == "full":
        size = n + m - 1; off = 0
    elif mode == "same":
        size = max(n, m); off = (min(n, m) - 1) // 2
    elif mode == "valid":
        size = max(n, m) - min(n, m) + 1; off = min(n, m) - 1
    else:
        raise ValueError("acceptable mode flags are 'valid', 'same', or 'full'")
    cdef double[::1] out = np.zeros(size)
    cdef double s
    for i in range(size):
        s = 0
        for k in range(m):
            lo = i + off - k
            if 0 <= lo < n:
                s += x[lo] * h[k]
        out[i] = s
    return np.asarray(out)


def xcorr_lag(const double[:] a, const double[:] b, int maxlag):
    cdef int lag, best = 0
    cdef Py_ssize_t i
    cdef double s, bestv = -1e300
    for lag in range(-maxlag, maxlag + 1):
        s = 0
        for i in range(a.shape[0]):
            if 0 <= i + lag < b.shape[0]:
                s += a[i] * b[i + lag]
        if s > bestv:
            bestv = s
            best = lag
    return best, bestv


cdef inline double biquad_step(Biquad* f, double x) noexcept nogil:
    cdef double y = f.b0 * x + f.z1
    f.z1 = f.b1 * x - f.a1 * y + f.z2
    f.z2 = f.b2 * x - f.a2 * y
    return y


def biquad(const double[:] x, double b0, double b1, double b2, double a1, double a2):
    cdef Biquad f = Biquad(b0, b1, b2, a1, a2, 0.0, 0.0)
    cdef Py_ssize_t i
    cdef double[::1] y = np.empty(x.shape[0])
    with nogil:
        for i in range(x.shape[0]):
            y[i] = biquad_step(&f, x[i])
    return np.asarray(y), (f.z1, f.z2)


def zero_crossings(const float[:] x):
    cdef Py_ssize_t i, n = 0
    for i in range(1, x.shape[0]):
        if (x[i - 1] < 0 and x[i] >= 0) or (x[i - 1] >= 0 and x[i] < 0):
            n += 1
    return n


def decimate_box(const double[:] x, int q):
    if q <= 0:
        raise ValueError("q must be positive")
    cdef Py_ssize_t n = x.shape[0] // q, i, k
    cdef double[::1] out = np.empty(n)
    cdef double s
    for i in range(n):
        s = 0
        for k in range(q):
            s += x[i * q + k]
        out[i] = s / q
    return np.asarray(out)


def find_peaks(const double[:] x, Py_ssize_t distance=1, double height=-1e300):
    cdef Py_ssize_t i, last = -distance - 1
    cdef list peaks = []
    for i in range(1, x.shape[0] - 1):
        if x[i] > x[i - 1] and x[i] >= x[i + 1] and x[i] >= height:
            if i - last >= distance:
                peaks.append(i)
                last = i
            elif x[i] > x[last]:
                peaks[-1] = i
                last = i
    return peaks


def rms_envelope(const double[:] x, int w):
    cdef Py_ssize_t i, k, n = x.shape[0]
    cdef double s
    cdef list out = []
    for i in range(n - w + 1):
        s = 0
        for k in range(w):
            s += x[i + k] * x[i + k]
        out.append(sqrt(s / w))
    return out
