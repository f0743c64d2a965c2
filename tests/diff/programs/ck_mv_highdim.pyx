# cython: language_level=3
"""Memoryviews of 4 to 7 dimensions (Cython's maximum) (video batches, tensors, tiled images):
full reductions, indexing that drops dimensions one at a time, .shape and
.strides of high-rank views, transposes, and writing through a 5-D view."""
import numpy as np


def sum4(const double[:, :, :, :] a):
    cdef Py_ssize_t i, j, k, l
    cdef double s = 0
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for k in range(a.shape[2]):
                for l in range(a.shape[3]):
                    s += a[i, j, k, l] * (i + 2 * j + 3 * k + 4 * l)
    return s


def drop_dims5(const int[:, :, :, :, :] a, Py_ssize_t i):
    cdef const int[:, :, :, :] b = a[i]
    cdef const int[:, :, :] c = b[0]
    cdef const int[:, :] d = c[:, -1]
    cdef const int[:] e = d[-1]
    return b.ndim, c.ndim, d.ndim, e.ndim, np.asarray(e).tolist(), d.shape[0], d.shape[1]


def shape6(float[:, :, :, :, :, :] a):
    return ((a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4], a.shape[5]),
            (a.strides[0], a.strides[1], a.strides[2], a.strides[3], a.strides[4], a.strides[5]), a.size)


def sum7(const short[:, :, :, :, :, :, :] a):
    cdef long s = 0
    cdef Py_ssize_t i0, i1, i2, i3, i4, i5, i6
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        for i5 in range(a.shape[5]):
                            for i6 in range(a.shape[6]):
                                s += a[i0, i1, i2, i3, i4, i5, i6]
    return s


def corner7(const double[:, :, :, :, :, :, :] a):
    return a[0, 0, 0, 0, 0, 0, 0], a[-1, -1, -1, -1, -1, -1, -1], a.ndim


def transpose4(double[:, :, :, :] a):
    cdef double[:, :, :, :] t = a.T
    return (t.shape[0], t.shape[1], t.shape[2], t.shape[3]), t[1, 0, 2, 0] == a[0, 2, 0, 1]


def write5(double[:, :, :, :, ::1] a, double v):
    cdef Py_ssize_t i
    for i in range(min(a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4])):
        a[i, i, i, i, i] = v
    return np.asarray(a).sum()


def slice4(const double[:, :, :, :] a):
    cdef const double[:, :, :, :] s = a[::2, 1:, :, ::-1]
    return (s.shape[0], s.shape[1], s.shape[2], s.shape[3]), s[0, 0, 0, 0], s[-1, -1, -1, -1]


def batch_channel_mean(const float[:, :, :, ::1] x):
    """NHWC batch: per-channel mean over N, H, W."""
    cdef Py_ssize_t n, h, w, c, C = x.shape[3]
    cdef double[::1] acc = np.zeros(C)
    for n in range(x.shape[0]):
        for h in range(x.shape[1]):
            for w in range(x.shape[2]):
                for c in range(C):
                    acc[c] += x[n, h, w, c]
    cdef Py_ssize_t cnt = x.shape[0] * x.shape[1] * x.shape[2]
    return [acc[c] / cnt if cnt else 0.0 for c in range(C)]
