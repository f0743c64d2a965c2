# cython: language_level=3
"""Recursive cdef functions over typed data: top-down merge sort with a
malloc'd scratch buffer, recursive flood fill on a uint8 image (with an
explicit depth guard raising RecursionError), tree reductions over
child-index arrays (sklearn's tree layout), Ackermann, recursive binary
search and counting subset sums."""
import numpy as np
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy


cdef void _merge_sort(double* a, double* tmp, Py_ssize_t lo, Py_ssize_t hi) noexcept nogil:
    if hi - lo < 2:
        return
    cdef Py_ssize_t mid = (lo + hi) // 2, i = lo, j = mid, k = lo
    _merge_sort(a, tmp, lo, mid)
    _merge_sort(a, tmp, mid, hi)
    while i < mid and j < hi:
        if a[j] < a[i]:
            tmp[k] = a[j]; j += 1
        else:
            tmp[k] = a[i]; i += 1
        k += 1
    while i < mid:
        tmp[k] = a[i]; i += 1; k += 1
    while j < hi:
        tmp[k] = a[j]; j += 1; k += 1
    memcpy(a + lo, tmp + lo, (hi - lo) * sizeof(double))


def merge_sort(double[::1] a):
    cdef Py_ssize_t n = a.shape[0]
    if n == 0:
        return []
    cdef double* tmp = <double*>malloc(n * sizeof(double))
    if tmp == NULL:
        raise MemoryError()
    with nogil:
        _merge_sort(&a[0], tmp, 0, n)
    free(tmp)
    return np.asarray(a).tolist()


cdef int _fill(unsigned char[:, :] img, Py_ssize_t i, Py_ssize_t j, unsigned char old, unsigned char new,
               int depth) except -1:
    if depth > 500:
        raise RecursionError("flood fill too deep")
    if i < 0 or j < 0 or i >= img.shape[0] or j >= img.shape[1]:
        return 0
    if img[i, j] != old:
        return 0
    img[i, j] = new
    return (1 + _fill(img, i + 1, j, old, new, depth + 1) + _fill(img, i - 1, j, old, new, depth + 1)
            + _fill(img, i, j + 1, old, new, depth + 1) + _fill(img, i, j - 1, old, new, depth + 1))


def flood_fill(unsigned char[:, :] img, Py_ssize_t i, Py_ssize_t j, unsigned char new):
    cdef unsigned char old = img[i, j]
    if old == new:
        return 0
    return _fill(img, i, j, old, new, 0)


cdef double _subtree_sum(const int[:] left, const int[:] right, const double[:] value, int node) except? -1.0:
    if node < 0:
        return 0.0
    if node >= value.shape[0]:
        raise IndexError("node %d out of range" % node)
    return value[node] + _subtree_sum(left, right, value, left[node]) + _subtree_sum(left, right, value, right[node])


cdef int _depth(const int[:] left, const int[:] right, int node) noexcept:
    if node < 0:
        return 0
    cdef int a = _depth(left, right, left[node]), b = _depth(left, right, right[node])
    return 1 + (a if a > b else b)


def tree_stats(const int[:] left, const int[:] right, const double[:] value):
    return _subtree_sum(left, right, value, 0), _depth(left, right, 0)


cdef long _ack(long m, long n) noexcept:
    if m == 0:
        return n + 1
    if n == 0:
        return _ack(m - 1, 1)
    return _ack(m - 1, _ack(m, n - 1))


def ackermann(long m, long n):
    if m > 3 or n > 6:
        raise ValueError("too large")
    return _ack(m, n)


cdef Py_ssize_t _bsearch(const long[:] a, long x, Py_ssize_t lo, Py_ssize_t hi) noexcept:
    if lo >= hi:
        return -1
    cdef Py_ssize_t mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    if a[mid] < x:
        return _bsearch(a, x, mid + 1, hi)
    return _bsearch(a, x, lo, mid)


def rec_search(const long[:] a, long x):
    return _bsearch(a, x, 0, a.shape[0])


cdef long _subsets(const int[:] w, Py_ssize_t i, long target) noexcept:
    if target == 0:
        return 1
    if i == w.shape[0] or target < 0:
        return 0
    return _subsets(w, i + 1, target - w[i]) + _subsets(w, i + 1, target)


def count_subset_sums(const int[:] w, long target):
    return _subsets(w, 0, target)


cpdef long fib_memo(int n, dict memo=None):
    if memo is None:
        memo = {}
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    cdef long r = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = r
    return r
