# cython: language_level=3
"""Brute-force k-nearest neighbours with per-query bounded max-heaps kept
in malloc'd arrays of (distance, index) structs, as in sklearn's
neighbors/_heap.pyx: push with sift-up/down, deterministic tie-breaking
by index, sorted output, radius counts, and a leave-one-out variant."""
import numpy as np
from libc.stdlib cimport malloc, free
from libc.math cimport INFINITY, sqrt

cdef struct Item:
    double dist
    Py_ssize_t idx


cdef inline bint worse(Item a, Item b) noexcept nogil:
    return a.dist > b.dist or (a.dist == b.dist and a.idx > b.idx)


cdef void heap_push(Item* h, Py_ssize_t k, double dist, Py_ssize_t idx) noexcept nogil:
    cdef Item new
    new.dist = dist
    new.idx = idx
    if not worse(h[0], new):
        return
    h[0] = new
    cdef Py_ssize_t i = 0, l, r, big
    cdef Item t
    while True:
        l = 2 * i + 1
        r = l + 1
        big = i
        if l < k and worse(h[l], h[big]):
            big = l
        if r < k and worse(h[r], h[big]):
            big = r
        if big == i:
            break
        t = h[i]; h[i] = h[big]; h[big] = t
        i = big


def kneighbors(const double[:, ::1] X, const double[:, ::1] Q, int k, bint exclude_self=False):
    if k <= 0 or k > X.shape[0]:
        raise ValueError("Expected 0 < n_neighbors <= n_samples, but n_neighbors = %d" % k)
    if X.shape[1] != Q.shape[1]:
        raise ValueError("dimension mismatch")
    cdef Py_ssize_t nq = Q.shape[0], n = X.shape[0], d = X.shape[1], q, i, j
    cdef Item* h = <Item*>malloc(k * sizeof(Item))
    cdef double s, t
    out_d = np.empty((nq, k))
    out_i = np.empty((nq, k), dtype=np.intp)
    cdef double[:, ::1] od = out_d
    cdef Py_ssize_t[:, ::1] oi = out_i
    try:
        for q in range(nq):
            for j in range(k):
                h[j].dist = INFINITY
                h[j].idx = n + j
            for i in range(n):
                if exclude_self and i == q:
                    continue
                s = 0
                for j in range(d):
                    t = X[i, j] - Q[q, j]
                    s += t * t
                heap_push(h, k, s, i)
            items = sorted((h[j].dist, h[j].idx) for j in range(k))
            for j in range(k):
                od[q, j] = sqrt(items[j][0])
                oi[q, j] = items[j][1] if items[j][1] < n else -1
        return out_d, out_i
    finally:
        free(h)


def radius_count(const double[:, ::1] X, const double[:, ::1] Q, double r):
    cdef Py_ssize_t q, i, j
    cdef double s, t, r2 = r * r
    out = []
    for q in range(Q.shape[0]):
        c = 0
        for i in range(X.shape[0]):
            s = 0
            for j in range(X.shape[1]):
                t = X[i, j] - Q[q, j]
                s += t * t
            if s <= r2:
                c += 1
        out.append(c)
    return out
