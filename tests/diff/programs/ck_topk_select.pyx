# cython: language_level=3
"""Selection kernels: argmin/argmax with NaN rules, top-k by a bounded
insertion buffer (malloc'd), quickselect (recursive cdef with except -1),
argmax along an axis, counting-sort argsort of small ints, and a heap
(sift-down on a C array) for the k smallest values, as in sklearn's
neighbors/_heap and utils/_sorting."""
import numpy as np
cimport cython
from libc.stdlib cimport malloc, free
from libc.math cimport isnan, INFINITY


def argmin_argmax(const double[:] a):
    """numpy's rule: the first NaN wins both."""
    cdef Py_ssize_t i, imin = 0, imax = 0, n = a.shape[0]
    if n == 0:
        raise ValueError("attempt to get argmin of an empty sequence")
    for i in range(n):
        if isnan(a[i]):
            return i, i
        if a[i] < a[imin]:
            imin = i
        if a[i] > a[imax]:
            imax = i
    return imin, imax


def topk(const double[:] a, int k):
    """Indices of the k largest values, largest first (ties: lower index first)."""
    if k < 0:
        raise ValueError("k must be non-negative")
    cdef Py_ssize_t n = a.shape[0], i, j, m = 0
    if k > n:
        k = <int>n
    cdef Py_ssize_t* idx = <Py_ssize_t*>malloc((k + 1) * sizeof(Py_ssize_t))
    if idx == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            j = m
            while j > 0 and a[idx[j - 1]] < a[i]:
                if j < k:
                    idx[j] = idx[j - 1]
                j -= 1
            if j < k:
                idx[j] = i
                if m < k:
                    m += 1
        return [idx[j] for j in range(m)]
    finally:
        free(idx)


cdef Py_ssize_t _partition(double* v, Py_ssize_t lo, Py_ssize_t hi) noexcept nogil:
    cdef double pivot = v[hi], t
    cdef Py_ssize_t i = lo, j
    for j in range(lo, hi):
        if v[j] < pivot:
            t = v[i]; v[i] = v[j]; v[j] = t
            i += 1
    t = v[i]; v[i] = v[hi]; v[hi] = t
    return i


cdef int _select(double* v, Py_ssize_t lo, Py_ssize_t hi, Py_ssize_t k, int depth) except -1:
    if depth > 200:
        raise RecursionError("quickselect too deep")
    if lo >= hi:
        return 0
    cdef Py_ssize_t p = _partition(v, lo, hi)
    if k == p:
        return 0
    if k < p:
        return _select(v, lo, p - 1, k, depth + 1)
    return _select(v, p + 1, hi, k, depth + 1)


def nth_smallest(double[::1] a, Py_ssize_t k):
    """Partially sorts ``a`` in place and returns its k-th smallest value."""
    if not 0 <= k < a.shape[0]:
        raise IndexError("k=%d out of range for %d values" % (k, a.shape[0]))
    _select(&a[0], 0, a.shape[0] - 1, k, 0)
    return a[k]


def argmax_axis1(const int[:, :] m):
    cdef Py_ssize_t i, j
    cdef long[::1] out = np.zeros(m.shape[0], dtype=np.int_)
    for i in range(m.shape[0]):
        for j in range(1, m.shape[1]):
            if m[i, j] > m[i, out[i]]:
                out[i] = j
    return np.asarray(out)


def counting_argsort(const unsigned char[:] keys):
    cdef Py_ssize_t count[257]
    cdef Py_ssize_t i
    for i in range(257):
        count[i] = 0
    for i in range(keys.shape[0]):
        count[keys[i] + 1] += 1
    for i in range(256):
        count[i + 1] += count[i]
    cdef Py_ssize_t[::1] order = np.empty(keys.shape[0], dtype=np.intp)
    for i in range(keys.shape[0]):
        order[count[keys[i]]] = i
        count[keys[i]] += 1
    return np.asarray(order)


cdef void _sift_down(double* heap, Py_ssize_t* ind, Py_ssize_t size, Py_ssize_t i) noexcept nogil:
    cdef Py_ssize_t c, big
    cdef double td
    cdef Py_ssize_t ti
    while True:
        c = 2 * i + 1
        if c >= size:
            break
        big = c
        if c + 1 < size and heap[c + 1] > heap[c]:
            big = c + 1
        if heap[big] <= heap[i]:
            break
        td = heap[i]; heap[i] = heap[big]; heap[big] = td
        ti = ind[i]; ind[i] = ind[big]; ind[big] = ti
        i = big


def k_smallest(const double[:] a, int k):
    """A max-heap of size k; returns (values, indices) sorted ascending."""
    if k <= 0:
        return [], []
    cdef double* heap = <double*>malloc(k * sizeof(double))
    cdef Py_ssize_t* ind = <Py_ssize_t*>malloc(k * sizeof(Py_ssize_t))
    cdef Py_ssize_t i
    for i in range(k):
        heap[i] = INFINITY
        ind[i] = -1
    for i in range(a.shape[0]):
        if a[i] < heap[0]:
            heap[0] = a[i]
            ind[0] = i
            _sift_down(heap, ind, k, 0)
    pairs = sorted((heap[i], ind[i]) for i in range(k) if ind[i] >= 0)
    free(heap)
    free(ind)
    return [p[0] for p in pairs], [p[1] for p in pairs]


def argmax_3d(const float[:, :, :] v):
    cdef Py_ssize_t i, j, l
    cdef Py_ssize_t bi = 0, bj = 0, bl = 0
    cdef float best = -INFINITY
    for i in range(v.shape[0]):
        for j in range(v.shape[1]):
            for l in range(v.shape[2]):
                if v[i, j, l] > best:
                    best = v[i, j, l]
                    bi, bj, bl = i, j, l
    return (bi, bj, bl), best
