# cython: language_level=3
"""Memoryview manipulation as image/array-processing modules do it: 2-D and
3-D slicing, transposes, copies, whole-view assignment, views over
array.array and bytearray, read-only const views, reversed views, views
returned as numpy arrays, row swaps and in-place flips."""
import numpy as np
cimport numpy as cnp
from array import array


def flip_rows_inplace(double[:, :] img):
    cdef Py_ssize_t n = img.shape[0], m = img.shape[1], i, j
    cdef double t
    for i in range(n // 2):
        for j in range(m):
            t = img[i, j]
            img[i, j] = img[n - 1 - i, j]
            img[n - 1 - i, j] = t
    return np.asarray(img)


def reversed_view_sum(double[:] a):
    cdef double[:] r = a[::-1]
    cdef double s = 0.0, w = 1.0
    cdef Py_ssize_t i
    for i in range(r.shape[0]):
        s += r[i] * w
        w *= 2
    return s, r.shape[0]


def transpose_copy(double[:, :] a):
    cdef double[:, ::1] t = a.T.copy()
    return np.asarray(t), t.shape[0], t.shape[1]


def crop(double[:, :] img, Py_ssize_t top, Py_ssize_t left, Py_ssize_t h, Py_ssize_t w):
    cdef double[:, :] sub = img[top:top + h, left:left + w]
    return np.asarray(sub).copy()


def channel_means(const cnp.uint8_t[:, :, :] img):
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], c = img.shape[2], i, j, k
    cdef double[::1] acc = np.zeros(c)
    for i in range(h):
        for j in range(w):
            for k in range(c):
                acc[k] += img[i, j, k]
    if h * w == 0:
        return [0.0] * c
    return [acc[k] / (h * w) for k in range(c)]


def to_gray(const cnp.uint8_t[:, :, ::1] rgb):
    cdef Py_ssize_t h = rgb.shape[0], w = rgb.shape[1], i, j
    out = np.empty((h, w), dtype=np.uint8)
    cdef cnp.uint8_t[:, ::1] g = out
    for i in range(h):
        for j in range(w):
            g[i, j] = <cnp.uint8_t>(0.299 * rgb[i, j, 0] + 0.587 * rgb[i, j, 1] + 0.114 * rgb[i, j, 2])
    return out


def fill_border(double[:, :] a, double v):
    a[0, :] = v
    a[-1, :] = v
    a[:, 0] = v
    a[:, -1] = v
    return np.asarray(a)


def zero_all(double[:, :, :] a):
    a[...] = 0
    return np.asarray(a).sum()


def copy_into(double[:, :] dst, double[:, :] src):
    dst[:, :] = src
    return np.asarray(dst)


def copy_into_slice(double[:] dst, double[:] src, Py_ssize_t start):
    dst[start:start + src.shape[0]] = src
    return np.asarray(dst)


def array_array_view(object arr):
    cdef int[:] v = arr
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        v[i] *= 2
    return arr


def double_array_view(object arr):
    cdef double[:] v = arr
    return v.shape[0], sum([v[i] for i in range(v.shape[0])])


def bytearray_view(bytearray buf):
    cdef unsigned char[:] v = buf
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        v[i] = 255 - v[i]
    return buf


def readonly_sum(const double[:, :] a):
    cdef double s = 0.0
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


def write_readonly(double[:] a):
    a[0] = 1.0
    return 1


def view_shape_info(double[:, :, :] a):
    return (a.shape[0], a.shape[1], a.shape[2]), (a.strides[0], a.strides[1], a.strides[2]), a.ndim, a.size, a.nbytes, a.itemsize


def slices_3d(double[:, :, :] a):
    cdef double[:, :] plane = a[1]
    cdef double[:] line = a[0, :, 1]
    cdef double[:, :, :] sub = a[:, ::2, ::-1]
    return np.asarray(plane).tolist(), np.asarray(line).tolist(), np.asarray(sub).tolist()


def swap_rows(double[:, ::1] a, Py_ssize_t r1, Py_ssize_t r2):
    cdef double[::1] tmp = a[r1].copy()
    a[r1, :] = a[r2]
    a[r2, :] = tmp
    return np.asarray(a)


def view_as_ndarray_shares(double[:] a):
    arr = np.asarray(a)
    arr[0] = -1.0
    return a[0], arr.base is not None


def int_view_ops(cnp.int64_t[:] a):
    cdef cnp.int64_t mx = a[0], mn = a[0]
    cdef Py_ssize_t i, imx = 0
    for i in range(1, a.shape[0]):
        if a[i] > mx:
            mx = a[i]
            imx = i
        mn = min(mn, a[i])
    return mx, mn, imx


def f32_view_roundtrip(float[:] a):
    cdef float[:] c = a.copy()
    cdef Py_ssize_t i
    for i in range(c.shape[0]):
        c[i] = c[i] * 0.1
    return np.asarray(c)




def cumulative_2d(double[:, :] a):
    out = np.zeros((a.shape[0], a.shape[1]))
    cdef double[:, :] o = out
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            o[i, j] = a[i, j]
            if i > 0:
                o[i, j] += o[i - 1, j]
            if j > 0:
                o[i, j] += o[i, j - 1]
            if i > 0 and j > 0:
                o[i, j] -= o[i - 1, j - 1]
    return out


def assign_from_ndarray_broadcast(double[:, :] a, double[:] row):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        a[i, :] = row
    return np.asarray(a)


def view_none_default(double[:] a=None):
    if a is None:
        return "none"
    return a.shape[0]
