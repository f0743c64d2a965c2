# cython: language_level=3
"""pandas-style groupby and missing-data kernels (pandas/_libs/groupby.pyx,
algos.pyx): group sums/means/counts with -1 labels (NA), min/max with
NaN skipping, forward fill with a limit, average ranks with ties,
monotonicity checks and first/last valid values."""
import numpy as np
cimport cython
from libc.math cimport isnan, NAN, INFINITY
from libc.stdint cimport int64_t


@cython.boundscheck(False)
@cython.wraparound(False)
def group_sum_mean(const double[:] values, const int64_t[:] labels, Py_ssize_t ngroups, Py_ssize_t min_count=0):
    if values.shape[0] != labels.shape[0]:
        raise ValueError("len(index) != len(labels)")
    cdef double[::1] sums = np.zeros(ngroups)
    cdef int64_t[::1] counts = np.zeros(ngroups, dtype=np.int64)
    cdef Py_ssize_t i
    cdef int64_t lab
    for i in range(values.shape[0]):
        lab = labels[i]
        if lab < 0:
            continue
        if lab >= ngroups:
            with cython.boundscheck(True):
                raise IndexError("label %d out of bounds for %d groups" % (lab, ngroups))
        if not isnan(values[i]):
            sums[lab] += values[i]
            counts[lab] += 1
    means = []
    for i in range(ngroups):
        if counts[i] < min_count:
            sums[i] = NAN
        means.append(sums[i] / counts[i] if counts[i] else NAN)
    return np.asarray(sums), np.asarray(counts), means


def group_min_max(const float[:] values, const long[:] labels, int ngroups):
    cdef float[::1] mn = np.full(ngroups, INFINITY, dtype=np.float32)
    cdef float[::1] mx = np.full(ngroups, -INFINITY, dtype=np.float32)
    cdef Py_ssize_t i
    cdef long lab
    for i in range(values.shape[0]):
        lab = labels[i]
        if lab < 0 or values[i] != values[i]:
            continue
        if values[i] < mn[lab]:
            mn[lab] = values[i]
        if values[i] > mx[lab]:
            mx[lab] = values[i]
    return np.asarray(mn).tolist(), np.asarray(mx).tolist()


def ffill(double[:] values, int limit=-1):
    cdef Py_ssize_t i
    cdef double last = NAN
    cdef int run = 0
    cdef bint have = False
    for i in range(values.shape[0]):
        if isnan(values[i]):
            if have and (limit < 0 or run < limit):
                values[i] = last
                run += 1
        else:
            last = values[i]
            have = True
            run = 0
    return np.asarray(values).tolist()


def rank_average(const double[:] x):
    cdef Py_ssize_t n = x.shape[0], i, j, k
    order = np.argsort(np.asarray(x), kind="mergesort")
    cdef const long[:] idx = order.astype(np.int_)
    cdef double[::1] ranks = np.empty(n)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and x[idx[j + 1]] == x[idx[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[idx[k]] = (i + j) / 2.0 + 1
        i = j + 1
    return np.asarray(ranks)


def is_monotonic(const int64_t[:] a):
    cdef Py_ssize_t i
    cdef bint inc = True, dec = True, strict = True
    for i in range(1, a.shape[0]):
        if a[i] < a[i - 1]:
            inc = False
        if a[i] > a[i - 1]:
            dec = False
        if a[i] == a[i - 1]:
            strict = False
    return inc, dec, strict and (inc or dec)


def first_last_valid(const double[:] a):
    cdef Py_ssize_t i, first = -1, last = -1
    for i in range(a.shape[0]):
        if not isnan(a[i]):
            if first < 0:
                first = i
            last = i
    return (None if first < 0 else first), (None if last < 0 else last)


def count_na(const double[:, :] X, int axis=0):
    cdef Py_ssize_t i, j
    if axis not in (0, 1):
        raise ValueError("No axis named %d for object type DataFrame" % axis)
    cdef long[::1] out = np.zeros(X.shape[1] if axis == 0 else X.shape[0], dtype=np.int_)
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            if isnan(X[i, j]):
                out[j if axis == 0 else i] += 1
    return np.asarray(out).tolist()


def factorize_int(const int64_t[:] values):
    cdef dict table = {}
    cdef Py_ssize_t i
    cdef int64_t[::1] codes = np.empty(values.shape[0], dtype=np.int64)
    uniques = []
    for i in range(values.shape[0]):
        v = values[i]
        code = table.get(v)
        if code is None:
            code = len(uniques)
            table[v] = code
            uniques.append(v)
        codes[i] = code
    return np.asarray(codes), uniques
