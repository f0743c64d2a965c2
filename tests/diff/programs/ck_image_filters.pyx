# cython: language_level=3
"""Image-processing kernels in the style of scikit-image's .pyx files:
2-D and 3-D (H, W, C) typed memoryviews, edge clamping, separable filters,
summed-area tables, uint8 saturation and a 3x3 median with a C scratch array."""
import numpy as np
cimport cython
from libc.math cimport sqrt, exp, floor


cdef inline Py_ssize_t _clamp(Py_ssize_t i, Py_ssize_t n) noexcept nogil:
    if i < 0:
        return 0
    if i >= n:
        return n - 1
    return i


cdef inline unsigned char _sat_u8(double v) noexcept nogil:
    if v <= 0.0:
        return 0
    if v >= 255.0:
        return 255
    return <unsigned char>(v + 0.5)


@cython.boundscheck(False)
@cython.wraparound(False)
def convolve3x3(const double[:, :] img, const double[:, ::1] k):
    """Correlate with a 3x3 kernel, edges clamped."""
    if k.shape[0] != 3 or k.shape[1] != 3:
        raise ValueError("kernel must be 3x3, got %dx%d" % (k.shape[0], k.shape[1]))
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], i, j, di, dj
    out = np.zeros((h, w), dtype=np.float64)
    cdef double[:, ::1] o = out
    cdef double acc
    with nogil:
        for i in range(h):
            for j in range(w):
                acc = 0.0
                for di in range(3):
                    for dj in range(3):
                        acc = acc + k[di, dj] * img[_clamp(i + di - 1, h), _clamp(j + dj - 1, w)]
                o[i, j] = acc
    return out


def box_blur_u8(const unsigned char[:, :] img, int radius):
    if radius < 0:
        raise ValueError("radius must be >= 0")
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], i, j, y, x
    cdef unsigned char[:, ::1] o = np.empty((h, w), dtype=np.uint8)
    cdef double acc
    cdef int cnt
    for i in range(h):
        for j in range(w):
            acc = 0.0
            cnt = 0
            for y in range(i - radius, i + radius + 1):
                for x in range(j - radius, j + radius + 1):
                    if 0 <= y < h and 0 <= x < w:
                        acc += img[y, x]
                        cnt += 1
            o[i, j] = _sat_u8(acc / cnt)
    return np.asarray(o)


def sobel_magnitude(double[:, ::1] img):
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], i, j
    cdef double gx, gy
    cdef double[:, ::1] o = np.zeros((h, w))
    for i in range(1, h - 1):
        for j in range(1, w - 1):
            gx = (img[i - 1, j + 1] + 2 * img[i, j + 1] + img[i + 1, j + 1]
                  - img[i - 1, j - 1] - 2 * img[i, j - 1] - img[i + 1, j - 1])
            gy = (img[i + 1, j - 1] + 2 * img[i + 1, j] + img[i + 1, j + 1]
                  - img[i - 1, j - 1] - 2 * img[i - 1, j] - img[i - 1, j + 1])
            o[i, j] = sqrt(gx * gx + gy * gy)
    return np.asarray(o)


def integral_image(const unsigned char[:, :] img):
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], i, j
    cdef long long[:, ::1] s = np.zeros((h + 1, w + 1), dtype=np.int64)
    for i in range(h):
        for j in range(w):
            s[i + 1, j + 1] = img[i, j] + s[i, j + 1] + s[i + 1, j] - s[i, j]
    return np.asarray(s)


def box_sum(long long[:, ::1] sat, Py_ssize_t r0, Py_ssize_t c0, Py_ssize_t r1, Py_ssize_t c1):
    """Sum of img[r0:r1, c0:c1] from a summed-area table (bounds checked)."""
    return sat[r1, c1] - sat[r0, c1] - sat[r1, c0] + sat[r0, c0]


def median3x3(const unsigned char[:, :] img):
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], i, j, a, b, n
    cdef unsigned char win[9]
    cdef unsigned char t
    cdef unsigned char[:, ::1] o = np.zeros((h, w), dtype=np.uint8)
    for i in range(h):
        for j in range(w):
            n = 0
            for a in range(-1, 2):
                for b in range(-1, 2):
                    win[n] = img[_clamp(i + a, h), _clamp(j + b, w)]
                    n += 1
            # insertion sort of 9 values
            for a in range(1, 9):
                t = win[a]
                b = a - 1
                while b >= 0 and win[b] > t:
                    win[b + 1] = win[b]
                    b -= 1
                win[b + 1] = t
            o[i, j] = win[4]
    return np.asarray(o)


def rgb_to_gray(const unsigned char[:, :, :] rgb):
    if rgb.shape[2] != 3:
        raise ValueError("expected 3 channels, got %d" % rgb.shape[2])
    cdef Py_ssize_t h = rgb.shape[0], w = rgb.shape[1], i, j
    cdef unsigned char[:, ::1] o = np.empty((h, w), dtype=np.uint8)
    for i in range(h):
        for j in range(w):
            o[i, j] = _sat_u8(0.299 * rgb[i, j, 0] + 0.587 * rgb[i, j, 1] + 0.114 * rgb[i, j, 2])
    return np.asarray(o)


def channel_gain(float[:, :, ::1] img, float[::1] gain):
    """In place: img[..., c] *= gain[c]."""
    cdef Py_ssize_t i, j, c
    if gain.shape[0] != img.shape[2]:
        raise ValueError("gain has %d entries for %d channels" % (gain.shape[0], img.shape[2]))
    for i in range(img.shape[0]):
        for j in range(img.shape[1]):
            for c in range(img.shape[2]):
                img[i, j, c] *= gain[c]
    return img.shape[0] * img.shape[1] * img.shape[2]


def gaussian_kernel1d(double sigma, int radius):
    cdef double[::1] k = np.empty(2 * radius + 1)
    cdef int i
    cdef double s = 0.0
    for i in range(-radius, radius + 1):
        k[i + radius] = exp(-0.5 * (i * i) / (sigma * sigma))
        s += k[i + radius]
    for i in range(2 * radius + 1):
        k[i] /= s
    return np.asarray(k)


def separable_blur(double[:, :] img, double[::1] k):
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], r = k.shape[0] // 2, i, j, t
    cdef double[:, ::1] tmp = np.empty((h, w))
    cdef double[:, ::1] o = np.empty((h, w))
    cdef double acc
    for i in range(h):
        for j in range(w):
            acc = 0.0
            for t in range(-r, r + 1):
                acc += k[t + r] * img[i, _clamp(j + t, w)]
            tmp[i, j] = acc
    for i in range(h):
        for j in range(w):
            acc = 0.0
            for t in range(-r, r + 1):
                acc += k[t + r] * tmp[_clamp(i + t, h), j]
            o[i, j] = acc
    return np.asarray(o)


def threshold_inplace(unsigned char[:, :] img, unsigned char level):
    cdef Py_ssize_t i, j
    cdef Py_ssize_t above = 0
    for i in range(img.shape[0]):
        for j in range(img.shape[1]):
            if img[i, j] >= level:
                img[i, j] = 255
                above += 1
            else:
                img[i, j] = 0
    return above


def flip_rotate(const int[:, :] img):
    """(vertical flip, horizontal flip, 90-degree rotation) through negative-step slices."""
    cdef const int[:, :] v = img[::-1, :]
    cdef const int[:, :] hflip = img[:, ::-1]
    cdef const int[:, :] rot = img.T[::-1, :]
    return np.asarray(v).tolist(), np.asarray(hflip).tolist(), np.asarray(rot).tolist()
