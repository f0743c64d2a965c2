# cython: language_level=3
"""const memoryviews over read-only buffers (bytes, numpy arrays with
writeable=False, memoryview(bytes)), the error a non-const view gives on
them, and const views passed through cdef helpers (the pattern that lets
scikit-learn accept read-only memmapped data)."""
import numpy as np


cdef double _sum(const double[:] a) noexcept:
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s


def ro_sum(const double[:] a):
    return _sum(a)


def rw_sum(double[:] a):
    return _sum(a)


def ro_bytes_stats(const unsigned char[:] b):
    cdef Py_ssize_t i
    cdef unsigned int lo = 255, hi = 0
    for i in range(b.shape[0]):
        if b[i] < lo: lo = b[i]
        if b[i] > hi: hi = b[i]
    return b.shape[0], lo, hi


def ro_2d_trace(const long long[:, :] m):
    cdef Py_ssize_t i
    cdef long long t = 0
    for i in range(min(m.shape[0], m.shape[1])):
        t += m[i, i]
    return t


def ro_slice_copy(const double[:] a):
    cdef double[:] c = a[::-1].copy()
    c[0] = -1
    return np.asarray(c).tolist(), a[a.shape[0] - 1]


def ro_as_array(const float[:] a):
    arr = np.asarray(a)
    return arr.flags.writeable, arr.dtype.str, arr.tolist()


def write_first(unsigned char[:] b, unsigned char v):
    b[0] = v
    return bytes(b)


def ro_struct_scan(const char[:] text, char sep):
    cdef Py_ssize_t i, count = 0
    for i in range(text.shape[0]):
        if text[i] == sep:
            count += 1
    return count
