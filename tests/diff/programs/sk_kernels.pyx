# cython: language_level=3
"""Numeric kernels in the style of scikit-learn / scipy .pyx files: typed
memoryviews of several dtypes, cdef inline nogil helpers, malloc'd scratch
buffers, numpy buffer arguments, reductions and argmin/argsort loops."""
import numpy as np
cimport numpy as cnp
cimport cython
from libc.math cimport sqrt, exp, log, fabs, INFINITY, isnan
from libc.stdlib cimport malloc, free
from libc.string cimport memset

cnp.import_array()

ctypedef cnp.float64_t DTYPE_t
ctypedef cnp.intp_t ITYPE_t


cdef inline double _sqeuclid(const double* a, const double* b, Py_ssize_t n) noexcept nogil:
    cdef double d = 0.0, t
    cdef Py_ssize_t k
    for k in range(n):
        t = a[k] - b[k]
        d += t * t
    return d


cdef inline double _fmax(double a, double b) noexcept nogil:
    return a if a > b else b


def row_norms(const double[:, ::1] X, bint squared=False):
    cdef Py_ssize_t n = X.shape[0], d = X.shape[1], i, j
    cdef double[::1] out = np.zeros(n, dtype=np.float64)
    cdef double s
    with nogil:
        for i in range(n):
            s = 0.0
            for j in range(d):
                s += X[i, j] * X[i, j]
            out[i] = s if squared else sqrt(s)
    return np.asarray(out)


@cython.boundscheck(False)
@cython.wraparound(False)
def pairwise_sqeuclid(const double[:, ::1] X, const double[:, ::1] Y):
    cdef Py_ssize_t nx = X.shape[0], ny = Y.shape[0], d = X.shape[1], i, j
    if Y.shape[1] != d:
        raise ValueError("Incompatible dimension for X and Y matrices: "
                         "X.shape[1] == %d while Y.shape[1] == %d" % (d, Y.shape[1]))
    out = np.empty((nx, ny), dtype=np.float64)
    cdef double[:, ::1] D = out
    with nogil:
        for i in range(nx):
            for j in range(ny):
                D[i, j] = _sqeuclid(&X[i, 0], &Y[j, 0], d)
    return out


def argmin_rows(double[:, :] D):
    cdef Py_ssize_t n = D.shape[0], m = D.shape[1], i, j
    cdef cnp.intp_t[:] idx = np.empty(n, dtype=np.intp)
    cdef double best
    for i in range(n):
        best = INFINITY
        idx[i] = -1
        for j in range(m):
            if D[i, j] < best:
                best = D[i, j]
                idx[i] = j
    return np.asarray(idx)


def weighted_mean_f32(float[:] x, float[:] w):
    cdef double num = 0.0, den = 0.0
    cdef Py_ssize_t i
    if x.shape[0] != w.shape[0]:
        raise ValueError("x and w have different lengths")
    for i in range(x.shape[0]):
        num += <double>x[i] * w[i]
        den += w[i]
    if den == 0.0:
        return float("nan")
    return num / den


def count_labels(cnp.int64_t[:] labels, Py_ssize_t n_classes):
    counts = np.zeros(n_classes, dtype=np.int64)
    cdef cnp.int64_t[::1] c = counts
    cdef Py_ssize_t i
    cdef cnp.int64_t lab
    for i in range(labels.shape[0]):
        lab = labels[i]
        if lab < 0 or lab >= n_classes:
            raise ValueError(f"label {lab} at position {i} out of range [0, {n_classes})")
        c[lab] += 1
    return counts


def masked_sum(const unsigned char[:] mask, const double[:] x):
    cdef double total = 0.0
    cdef Py_ssize_t i, n = 0
    for i in range(x.shape[0]):
        if mask[i]:
            total += x[i]
            n += 1
    return total, n


def softmax_rows(double[:, ::1] X):
    cdef Py_ssize_t n = X.shape[0], d = X.shape[1], i, j
    cdef double mx, s
    with nogil:
        for i in range(n):
            mx = -INFINITY
            for j in range(d):
                mx = _fmax(mx, X[i, j])
            s = 0.0
            for j in range(d):
                X[i, j] = exp(X[i, j] - mx)
                s += X[i, j]
            for j in range(d):
                X[i, j] /= s
    return np.asarray(X)


def cumsum_scratch(double[:] x):
    cdef Py_ssize_t n = x.shape[0], i
    cdef double* buf = <double*>malloc((n + 1) * sizeof(double))
    if buf == NULL:
        raise MemoryError()
    try:
        buf[0] = 0.0
        for i in range(n):
            buf[i + 1] = buf[i] + x[i]
        return [buf[i] for i in range(n + 1)]
    finally:
        free(buf)


def argsort_insertion(double[:] x):
    cdef Py_ssize_t n = x.shape[0], i, j
    cdef cnp.intp_t key
    order = np.arange(n, dtype=np.intp)
    cdef cnp.intp_t[::1] o = order
    for i in range(1, n):
        key = o[i]
        j = i - 1
        while j >= 0 and x[o[j]] > x[key]:
            o[j + 1] = o[j]
            j -= 1
        o[j + 1] = key
    return order


def buffer_sum2d(cnp.ndarray[cnp.float64_t, ndim=2] A):
    cdef Py_ssize_t i, j
    cdef double s = 0.0
    for i in range(A.shape[0]):
        for j in range(A.shape[1]):
            s += A[i, j]
    return s


def scale_empty_like(cnp.ndarray[DTYPE_t, ndim=1] x, double s):
    cdef cnp.ndarray[DTYPE_t, ndim=1] out = np.empty_like(x)
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        out[i] = x[i] * s
    return out


def logsumexp(const double[:] x):
    cdef Py_ssize_t i, n = x.shape[0]
    cdef double mx = -INFINITY, s = 0.0
    if n == 0:
        return -INFINITY
    for i in range(n):
        if x[i] > mx:
            mx = x[i]
    if mx == -INFINITY or mx == INFINITY:
        return mx
    for i in range(n):
        s += exp(x[i] - mx)
    return mx + log(s)


def column_mean_std(const double[:, :] X):
    cdef Py_ssize_t n = X.shape[0], d = X.shape[1], i, j
    mean = np.zeros(d)
    std = np.zeros(d)
    cdef double[:] m = mean
    cdef double[:] s = std
    if n == 0:
        raise ValueError("empty input")
    for j in range(d):
        for i in range(n):
            m[j] += X[i, j]
        m[j] /= n
        for i in range(n):
            s[j] += (X[i, j] - m[j]) ** 2
        s[j] = sqrt(s[j] / n)
    return mean, std


def histogram_u8(const cnp.uint8_t[:] img):
    cdef cnp.int64_t[::1] h = np.zeros(256, dtype=np.int64)
    cdef Py_ssize_t i
    for i in range(img.shape[0]):
        h[img[i]] += 1
    return [(k, h[k]) for k in range(256) if h[k]]


def dot_mixed(float[::1] a, double[::1] b):
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(min(a.shape[0], b.shape[0])):
        s += a[i] * b[i]
    return s


def clip_inplace(double[:] x, double lo, double hi):
    cdef Py_ssize_t i
    cdef int n_clipped = 0
    for i in range(x.shape[0]):
        if x[i] < lo or x[i] > hi:
            n_clipped += 1
        x[i] = min(max(x[i], lo), hi)
    return n_clipped


def manhattan_intp(cnp.intp_t[:] a, cnp.intp_t[:] b):
    cdef Py_ssize_t i
    cdef cnp.intp_t d = 0
    for i in range(a.shape[0]):
        d += abs(a[i] - b[i])
    return d


def csr_matvec(const double[:] data, const int[:] indices, const int[:] indptr, const double[:] x):
    cdef Py_ssize_t n_rows = indptr.shape[0] - 1, i
    cdef int jj
    y = np.zeros(n_rows)
    cdef double[:] yv = y
    for i in range(n_rows):
        for jj in range(indptr[i], indptr[i + 1]):
            yv[i] += data[jj] * x[indices[jj]]
    return y


def bincount_weighted(const cnp.int32_t[:] idx, const double[:] w, int minlength=0):
    cdef int mx = minlength - 1, i
    for i in range(idx.shape[0]):
        if idx[i] > mx:
            mx = idx[i]
    out = np.zeros(mx + 1)
    cdef double[::1] o = out
    for i in range(idx.shape[0]):
        o[idx[i]] += w[i]
    return out


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void _relu_grad(double* g, const double* z, Py_ssize_t n) noexcept nogil:
    cdef Py_ssize_t i
    for i in range(n):
        if z[i] <= 0:
            g[i] = 0.0


def relu_grad(double[::1] g, const double[::1] z):
    if g.shape[0] != z.shape[0]:
        raise ValueError("shape mismatch")
    if g.shape[0] == 0:
        return 0
    with nogil:
        _relu_grad(&g[0], &z[0], g.shape[0])
    return np.asarray(g).sum()


def kmeans_step(const double[:, ::1] X, const double[:, ::1] centers):
    cdef Py_ssize_t n = X.shape[0], k = centers.shape[0], d = X.shape[1]
    cdef Py_ssize_t i, j, c, best_c
    cdef double best, dist
    labels = np.empty(n, dtype=np.int32)
    cdef int[::1] lab = labels
    new_centers = np.zeros((k, d))
    cdef double[:, ::1] nc = new_centers
    cdef cnp.int64_t* counts = <cnp.int64_t*>malloc(k * sizeof(cnp.int64_t))
    memset(counts, 0, k * sizeof(cnp.int64_t))
    cdef double inertia = 0.0
    try:
        for i in range(n):
            best = INFINITY
            best_c = 0
            for c in range(k):
                dist = _sqeuclid(&X[i, 0], &centers[c, 0], d)
                if dist < best:
                    best = dist
                    best_c = c
            lab[i] = <int>best_c
            inertia += best
            counts[best_c] += 1
            for j in range(d):
                nc[best_c, j] += X[i, j]
        for c in range(k):
            if counts[c] > 0:
                for j in range(d):
                    nc[c, j] /= counts[c]
        return labels, new_centers, inertia
    finally:
        free(counts)


def nan_aware_max(const double[:] x):
    cdef double m = -INFINITY
    cdef Py_ssize_t i, nan_count = 0
    for i in range(x.shape[0]):
        if isnan(x[i]):
            nan_count += 1
        elif x[i] > m:
            m = x[i]
    return m, nan_count


def axpy_f32(float alpha, float[:] x, float[:] y):
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        y[i] += alpha * x[i]
    return np.asarray(y).dtype.name, float(np.asarray(y).sum())


def int64_prefix_max(cnp.int64_t[:] a):
    cdef cnp.int64_t cur
    out = np.empty_like(np.asarray(a))
    cdef cnp.int64_t[:] o = out
    cdef Py_ssize_t i
    if a.shape[0] == 0:
        return out
    cur = a[0]
    for i in range(a.shape[0]):
        if a[i] > cur:
            cur = a[i]
        o[i] = cur
    return out
