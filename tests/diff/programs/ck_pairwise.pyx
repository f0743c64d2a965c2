# cython: language_level=3
"""Pairwise distance matrices in the style of scipy.spatial's and sklearn's
metric kernels: euclidean, manhattan, chebyshev, cosine, minkowski-p, the
condensed (pdist) layout and its index arithmetic, hamming over uint8 rows,
and a symmetric in-place fill."""
import numpy as np
cimport cython
from libc.math cimport sqrt, fabs, pow, fmax, INFINITY

cdef enum Metric:
    EUCLIDEAN = 0
    MANHATTAN = 1
    CHEBYSHEV = 2


cdef double _dist(const double[:] a, const double[:] b, Metric m) noexcept nogil:
    cdef Py_ssize_t k
    cdef double s = 0.0, t
    for k in range(a.shape[0]):
        t = fabs(a[k] - b[k])
        if m == EUCLIDEAN:
            s += t * t
        elif m == MANHATTAN:
            s += t
        else:
            s = fmax(s, t)
    return sqrt(s) if m == EUCLIDEAN else s


def cdist(const double[:, :] XA, const double[:, :] XB, str metric="euclidean"):
    cdef Metric m
    if metric == "euclidean":
        m = EUCLIDEAN
    elif metric == "cityblock":
        m = MANHATTAN
    elif metric == "chebyshev":
        m = CHEBYSHEV
    else:
        raise ValueError("Unknown Distance Metric: %s" % metric)
    if XA.shape[1] != XB.shape[1]:
        raise ValueError("XA and XB must have the same number of columns")
    cdef Py_ssize_t i, j
    out = np.empty((XA.shape[0], XB.shape[0]))
    cdef double[:, ::1] D = out
    for i in range(XA.shape[0]):
        for j in range(XB.shape[0]):
            D[i, j] = _dist(XA[i], XB[j], m)
    return out


cdef inline Py_ssize_t condensed_index(Py_ssize_t n, Py_ssize_t i, Py_ssize_t j) noexcept nogil:
    cdef Py_ssize_t t
    if i > j:
        t = i
        i = j
        j = t
    return n * i - (i * (i + 1)) // 2 + (j - i - 1)


def pdist_euclid(const double[:, ::1] X):
    cdef Py_ssize_t n = X.shape[0], i, j, k, pos = 0
    cdef double s, t
    cdef double[::1] out = np.empty(n * (n - 1) // 2)
    for i in range(n):
        for j in range(i + 1, n):
            s = 0.0
            for k in range(X.shape[1]):
                t = X[i, k] - X[j, k]
                s += t * t
            out[pos] = sqrt(s)
            pos += 1
    return np.asarray(out)


def condensed_lookup(const double[::1] d, Py_ssize_t n, Py_ssize_t i, Py_ssize_t j):
    if i == j:
        return 0.0
    return d[condensed_index(n, i, j)]


def squareform(const double[::1] d):
    cdef Py_ssize_t m = d.shape[0], n = 1, i, j
    while n * (n - 1) // 2 < m:
        n += 1
    if n * (n - 1) // 2 != m:
        raise ValueError("Incompatible vector size. It must be a binomial coefficient n choose 2 for some integer n >= 2.")
    cdef double[:, ::1] S = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            S[i, j] = S[j, i] = d[condensed_index(n, i, j)]
    return np.asarray(S)


def cosine_sim(const float[:, :] X):
    cdef Py_ssize_t n = X.shape[0], d = X.shape[1], i, j, k
    cdef double[::1] norms = np.empty(n)
    cdef double s
    for i in range(n):
        s = 0.0
        for k in range(d):
            s += <double>X[i, k] * X[i, k]
        norms[i] = sqrt(s)
    cdef double[:, :] S = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(d):
                s += <double>X[i, k] * X[j, k]
            S[i, j] = s / (norms[i] * norms[j]) if norms[i] > 0 and norms[j] > 0 else 0.0
    return np.asarray(S)


def minkowski(const double[:] a, const double[:] b, double p):
    if p <= 0:
        raise ValueError("p must be greater than 0")
    cdef Py_ssize_t k
    cdef double s = 0.0
    if a.shape[0] != b.shape[0]:
        raise ValueError("shape mismatch %d vs %d" % (a.shape[0], b.shape[0]))
    if p == INFINITY:
        for k in range(a.shape[0]):
            s = fmax(s, fabs(a[k] - b[k]))
        return s
    for k in range(a.shape[0]):
        s += pow(fabs(a[k] - b[k]), p)
    return pow(s, 1.0 / p)


def hamming_u8(const unsigned char[:, ::1] X):
    cdef Py_ssize_t n = X.shape[0], i, j, k
    cdef unsigned int[:, ::1] H = np.zeros((n, n), dtype=np.uintc)
    cdef unsigned int c
    for i in range(n):
        for j in range(i + 1, n):
            c = 0
            for k in range(X.shape[1]):
                c += X[i, k] != X[j, k]
            H[i, j] = c
            H[j, i] = c
    return np.asarray(H)


def nearest_neighbour(const double[:, ::1] X):
    cdef Py_ssize_t n = X.shape[0], i, j, k
    cdef double best, s, t
    cdef Py_ssize_t[::1] nn = np.full(n, -1, dtype=np.intp)
    for i in range(n):
        best = INFINITY
        for j in range(n):
            if i == j:
                continue
            s = 0.0
            for k in range(X.shape[1]):
                t = X[i, k] - X[j, k]
                s += t * t
            if s < best:
                best = s
                nn[i] = j
    return np.asarray(nn)
