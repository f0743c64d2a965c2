# cython: language_level=3
"""k-means (Lloyd) steps in the style of sklearn/cluster/_k_means_lloyd.pyx:
label assignment with squared distances, centre updates with empty clusters,
inertia, float32 and float64 variants, and a nogil inner loop over C-contiguous
rows reached through pointers."""
import numpy as np
cimport cython
from libc.math cimport INFINITY, sqrt
from libc.string cimport memset
from libc.stdlib cimport malloc, free

ctypedef double floating_t


cdef inline double _sq_dist(const double* a, const double* b, Py_ssize_t d) noexcept nogil:
    cdef double s = 0.0, t
    cdef Py_ssize_t k
    for k in range(d):
        t = a[k] - b[k]
        s += t * t
    return s


cdef inline float _sq_dist_f(const float* a, const float* b, Py_ssize_t d) noexcept nogil:
    cdef float s = 0.0, t
    cdef Py_ssize_t k
    for k in range(d):
        t = a[k] - b[k]
        s += t * t
    return s


@cython.boundscheck(False)
@cython.wraparound(False)
def assign_labels(const double[:, ::1] X, const double[:, ::1] centers):
    cdef Py_ssize_t n = X.shape[0], k = centers.shape[0], d = X.shape[1], i, j
    if centers.shape[1] != d:
        raise ValueError("X has %d features, centers have %d" % (d, centers.shape[1]))
    labels = np.empty(n, dtype=np.intc)
    cdef int[::1] lab = labels
    cdef double best, dist
    cdef double inertia = 0.0
    with nogil:
        for i in range(n):
            best = INFINITY
            lab[i] = -1
            for j in range(k):
                dist = _sq_dist(&X[i, 0], &centers[j, 0], d)
                if dist < best:
                    best = dist
                    lab[i] = <int>j
            inertia += best
    return labels, inertia


def assign_labels_f32(const float[:, ::1] X, const float[:, ::1] centers):
    cdef Py_ssize_t n = X.shape[0], k = centers.shape[0], d = X.shape[1], i, j
    cdef int[::1] lab = np.empty(n, dtype=np.intc)
    cdef float best, dist
    for i in range(n):
        best = INFINITY
        for j in range(k):
            dist = _sq_dist_f(&X[i, 0], &centers[j, 0], d)
            if dist < best:
                best = dist
                lab[i] = <int>j
    return np.asarray(lab)


def update_centers(const double[:, :] X, const int[:] labels, int n_clusters):
    """Mean of each cluster; an empty cluster keeps NaN centres and is counted."""
    cdef Py_ssize_t n = X.shape[0], d = X.shape[1], i, c
    cdef double[:, ::1] sums = np.zeros((n_clusters, d))
    cdef long* counts = <long*>malloc(n_clusters * sizeof(long))
    if counts == NULL:
        raise MemoryError()
    memset(counts, 0, n_clusters * sizeof(long))
    cdef int empty = 0
    try:
        for i in range(n):
            if labels[i] < 0 or labels[i] >= n_clusters:
                raise ValueError("label %d out of range for %d clusters" % (labels[i], n_clusters))
            counts[labels[i]] += 1
            for c in range(d):
                sums[labels[i], c] += X[i, c]
        for i in range(n_clusters):
            if counts[i] == 0:
                empty += 1
                for c in range(d):
                    sums[i, c] = float("nan")
            else:
                for c in range(d):
                    sums[i, c] /= counts[i]
        return np.asarray(sums), empty
    finally:
        free(counts)


def inertia(const double[:, :] X, const double[:, :] centers, const int[:] labels):
    cdef Py_ssize_t i, c
    cdef double s = 0.0, t
    for i in range(X.shape[0]):
        for c in range(X.shape[1]):
            t = X[i, c] - centers[labels[i], c]
            s += t * t
    return s


def center_shift(const double[:, ::1] old, const double[:, ::1] new):
    cdef Py_ssize_t i
    cdef double[::1] out = np.empty(old.shape[0])
    for i in range(old.shape[0]):
        out[i] = sqrt(_sq_dist(&old[i, 0], &new[i, 0], old.shape[1]))
    return np.asarray(out)


def kmeans_run(double[:, ::1] X, double[:, ::1] init, int max_iter=10, double tol=1e-9):
    cdef double[:, ::1] centers = init.copy()
    cdef int it
    cdef double shift
    labels = None
    for it in range(max_iter):
        labels, _ = assign_labels(X, centers)
        new, empty = update_centers(X, labels, centers.shape[0])
        if empty:
            return it, np.asarray(centers), labels, "empty"
        shift = float(np.max(center_shift(centers, new)))
        centers = new
        if shift <= tol:
            return it, np.asarray(centers), labels, "converged"
    return max_iter, np.asarray(centers), labels, "max_iter"


def minibatch_update(double[:, ::1] centers, long[::1] counts, const double[:, ::1] batch, const int[:] labels):
    """Streaming mean update in place: c += (x - c) / n."""
    cdef Py_ssize_t i, j
    cdef int lab
    for i in range(batch.shape[0]):
        lab = labels[i]
        counts[lab] += 1
        for j in range(centers.shape[1]):
            centers[lab, j] += (batch[i, j] - centers[lab, j]) / counts[lab]
    return None
