# cython: language_level=3
"""Prefix sums and scans over typed memoryviews: inclusive/exclusive,
segmented, 2-D, products, differences, circular windows with negative
(wraparound) indices, and int32 accumulators that wrap like C."""
import numpy as np
cimport cython
from libc.stdint cimport int32_t, int64_t, uint8_t


def cumsum_i64(const int64_t[:] a):
    cdef Py_ssize_t i, n = a.shape[0]
    out = np.empty(n, dtype=np.int64)
    cdef int64_t[::1] o = out
    cdef int64_t s = 0
    for i in range(n):
        s += a[i]
        o[i] = s
    return out


def exclusive_scan_i32(int32_t[::1] a):
    """In place; returns the total (an int32 that wraps)."""
    cdef int32_t s = 0, t
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        t = a[i]
        a[i] = s
        s = s + t
    return s


def cumprod(const double[:] a, double init=1.0):
    cdef Py_ssize_t i
    cdef double p = init
    res = []
    for i in range(a.shape[0]):
        p *= a[i]
        res.append(p)
    return res


def segmented_sum(const double[:] vals, const uint8_t[:] starts):
    """starts[i] != 0 begins a new segment; returns the per-segment sums."""
    if vals.shape[0] != starts.shape[0]:
        raise ValueError("length mismatch")
    cdef Py_ssize_t i
    cdef double acc = 0.0
    out = []
    for i in range(vals.shape[0]):
        if starts[i] and i > 0:
            out.append(acc)
            acc = 0.0
        acc += vals[i]
    if vals.shape[0]:
        out.append(acc)
    return out


def prefix2d(const double[:, :] a):
    cdef Py_ssize_t r = a.shape[0], c = a.shape[1], i, j
    cdef double[:, :] p = np.zeros((r, c))
    for i in range(r):
        for j in range(c):
            p[i, j] = a[i, j]
            if i > 0:
                p[i, j] += p[i - 1, j]
            if j > 0:
                p[i, j] += p[i, j - 1]
            if i > 0 and j > 0:
                p[i, j] -= p[i - 1, j - 1]
    return np.asarray(p)


def diff_n(const long[:] a, int n=1):
    cdef long[::1] cur = np.array(a, dtype=np.int_)
    cdef Py_ssize_t m = cur.shape[0], i
    cdef int k
    if n < 0:
        raise ValueError("order must be non-negative but got %d" % n)
    for k in range(n):
        if m == 0:
            break
        for i in range(m - 1):
            cur[i] = cur[i + 1] - cur[i]
        m -= 1
    return np.asarray(cur[:m]).tolist()


def circular_window_sum(const double[:] a, int w):
    """out[i] = a[i-w+1] + ... + a[i] with indices wrapping to the end (negative indexing)."""
    cdef Py_ssize_t n = a.shape[0], i
    cdef int k
    cdef double s
    out = []
    for i in range(n):
        s = 0.0
        for k in range(w):
            s += a[i - k]          # wraparound: negative index counts from the end
        out.append(s)
    return out


@cython.wraparound(False)
@cython.boundscheck(True)
def no_wrap_lookup(const double[:] a, Py_ssize_t i):
    return a[i]


def running_max_argmax(const float[:] a):
    cdef Py_ssize_t i, best = -1
    cdef float m = 0
    out = []
    for i in range(a.shape[0]):
        if best < 0 or a[i] > m:
            m = a[i]
            best = i
        out.append((best, m))
    return out


def suffix_min(const short[:] a):
    cdef Py_ssize_t n = a.shape[0], i
    cdef short[::1] o = np.empty(n, dtype=np.short)
    cdef short m = 32767
    for i in range(n - 1, -1, -1):
        if a[i] < m:
            m = a[i]
        o[i] = m
    return np.asarray(o)
