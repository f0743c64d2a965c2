# cython: language_level=3
"""Binary search on sorted typed views (numpy.searchsorted / bisect in
C): left/right sides on double and int64, descending (negative-stride)
views, searching a sorted char* buffer, interpolation search, lower bound
through a cdef function with an ``except? -1`` result, and a sorted-merge."""
import numpy as np
cimport cython
from libc.stdint cimport int64_t
from libc.string cimport strcmp


cdef Py_ssize_t _lower_bound(const double[:] a, double x) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = a.shape[0], mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


cdef Py_ssize_t _upper_bound(const double[:] a, double x) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = a.shape[0], mid
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def searchsorted(const double[:] a, const double[:] v, str side="left"):
    cdef Py_ssize_t i
    cdef bint right
    if side == "left":
        right = False
    elif side == "right":
        right = True
    else:
        raise ValueError("side must be 'left' or 'right' (got %r)" % side)
    out = np.empty(v.shape[0], dtype=np.intp)
    cdef Py_ssize_t[::1] o = out
    for i in range(v.shape[0]):
        o[i] = _upper_bound(a, v[i]) if right else _lower_bound(a, v[i])
    return out


cdef Py_ssize_t find_i64(const int64_t[:] a, int64_t x) except? -1:
    cdef Py_ssize_t lo = 0, hi = a.shape[0] - 1, mid
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    raise KeyError(x)


def index_of(const int64_t[:] a, int64_t x):
    return find_i64(a, x)


def index_of_or(const int64_t[:] a, int64_t x, Py_ssize_t default=-1):
    try:
        return find_i64(a, x)
    except KeyError:
        return default


def search_descending(const double[:] a, double x):
    """``a`` sorted descending: search its reversed (negative-stride) view."""
    cdef const double[:] r = a[::-1]
    cdef Py_ssize_t k = _lower_bound(r, x)
    return a.shape[0] - k, r.strides[0]


def bisect_words(bytes blob, bytes word):
    """``blob`` holds NUL-separated words sorted ascending; binary search by strcmp."""
    cdef const char* base = blob
    cdef const char* w = word
    cdef list starts = [0]
    cdef Py_ssize_t i, n = len(blob)
    for i in range(n):
        if base[i] == 0 and i + 1 < n:
            starts.append(i + 1)
    cdef Py_ssize_t lo = 0, hi = len(starts), mid
    cdef int c
    while lo < hi:
        mid = (lo + hi) // 2
        c = strcmp(base + <Py_ssize_t>starts[mid], w)
        if c == 0:
            return mid
        if c < 0:
            lo = mid + 1
        else:
            hi = mid
    return -(lo + 1)


def interp_search(const long[:] a, long x):
    cdef Py_ssize_t lo = 0, hi = a.shape[0] - 1, pos
    cdef int probes = 0
    while lo <= hi and a[lo] <= x <= a[hi]:
        probes += 1
        if a[hi] == a[lo]:
            pos = lo
        else:
            pos = lo + <Py_ssize_t>((<double>(x - a[lo]) * (hi - lo)) / (a[hi] - a[lo]))
        if a[pos] == x:
            return pos, probes
        if a[pos] < x:
            lo = pos + 1
        else:
            hi = pos - 1
    return -1, probes


def merge_sorted(const int[:] a, const int[:] b):
    cdef Py_ssize_t i = 0, j = 0, k = 0
    cdef int[::1] out = np.empty(a.shape[0] + b.shape[0], dtype=np.intc)
    while i < a.shape[0] and j < b.shape[0]:
        if a[i] <= b[j]:
            out[k] = a[i]; i += 1
        else:
            out[k] = b[j]; j += 1
        k += 1
    while i < a.shape[0]:
        out[k] = a[i]; i += 1; k += 1
    while j < b.shape[0]:
        out[k] = b[j]; j += 1; k += 1
    return np.asarray(out)


def count_in_range(const double[:] a, double lo, double hi):
    return max(0, _upper_bound(a, hi) - _lower_bound(a, lo))


def is_sorted(const double[:] a, bint strict=False):
    cdef Py_ssize_t i
    for i in range(1, a.shape[0]):
        if a[i] < a[i - 1] or (strict and a[i] == a[i - 1]):
            return False
    return True
