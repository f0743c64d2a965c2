# cython: language_level=3
"""Online statistics with C structs: Welford's mean/variance, Chan's merge
of partial results, weighted variance, skewness/kurtosis from central
moments, grouped accumulation into an array of structs (pandas'
groupby var), and an exponentially weighted mean."""
import numpy as np
from libc.math cimport sqrt, isnan, NAN
from libc.stdlib cimport calloc, free

cdef struct Acc:
    long n
    double mean
    double m2


cdef inline void acc_push(Acc* a, double x) noexcept nogil:
    cdef double d
    a.n += 1
    d = x - a.mean
    a.mean += d / a.n
    a.m2 += d * (x - a.mean)


cdef Acc acc_merge(Acc a, Acc b) noexcept:
    cdef Acc r
    cdef double d
    r.n = a.n + b.n
    if r.n == 0:
        r.mean = 0.0
        r.m2 = 0.0
        return r
    d = b.mean - a.mean
    r.mean = a.mean + d * b.n / r.n
    r.m2 = a.m2 + b.m2 + d * d * a.n * b.n / r.n
    return r


def welford(const double[:] x, int ddof=1):
    cdef Acc a
    a.n = 0; a.mean = 0.0; a.m2 = 0.0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        if not isnan(x[i]):
            acc_push(&a, x[i])
    if a.n - ddof <= 0:
        return a.n, a.mean if a.n else NAN, NAN
    return a.n, a.mean, a.m2 / (a.n - ddof)


def merged(const double[:] x, Py_ssize_t split):
    cdef Acc a, b, r
    a = Acc(0, 0.0, 0.0)
    b = Acc(n=0, mean=0.0, m2=0.0)
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        if i < split:
            acc_push(&a, x[i])
        else:
            acc_push(&b, x[i])
    r = acc_merge(a, b)
    return r.n, r.mean, r.m2


def weighted_var(const double[:] x, const double[:] w):
    cdef double sw = 0, mean = 0, t, s = 0
    cdef Py_ssize_t i
    if x.shape[0] != w.shape[0]:
        raise ValueError("x and w have different lengths")
    for i in range(x.shape[0]):
        sw += w[i]
        mean += w[i] * x[i]
    if sw == 0:
        raise ZeroDivisionError("weights sum to zero")
    mean /= sw
    for i in range(x.shape[0]):
        t = x[i] - mean
        s += w[i] * t * t
    return mean, s / sw


def moments(const double[:] x):
    cdef Py_ssize_t n = x.shape[0], i
    cdef double mean = 0, m2 = 0, m3 = 0, m4 = 0, d
    if n < 2:
        raise ValueError("need at least 2 values, got %d" % n)
    for i in range(n):
        mean += x[i]
    mean /= n
    for i in range(n):
        d = x[i] - mean
        m2 += d * d
        m3 += d * d * d
        m4 += d * d * d * d
    m2 /= n; m3 /= n; m4 /= n
    if m2 == 0:
        return mean, 0.0, NAN, NAN
    return mean, m2, m3 / (m2 * sqrt(m2)), m4 / (m2 * m2) - 3.0


def group_var(const double[:] values, const long[:] labels, Py_ssize_t ngroups):
    cdef Acc* accs = <Acc*>calloc(ngroups, sizeof(Acc))
    cdef Py_ssize_t i
    cdef long lab
    if accs == NULL:
        raise MemoryError()
    try:
        for i in range(values.shape[0]):
            lab = labels[i]
            if lab < 0:
                continue
            if lab >= ngroups:
                raise IndexError("label %d >= ngroups %d" % (lab, ngroups))
            acc_push(&accs[lab], values[i])
        out = []
        for i in range(ngroups):
            out.append((accs[i].n, accs[i].mean, accs[i].m2 / (accs[i].n - 1) if accs[i].n > 1 else NAN))
        return out
    finally:
        free(accs)


def ewm_mean(const double[:] x, double alpha, bint adjust=True):
    if not 0 < alpha <= 1:
        raise ValueError("alpha must satisfy 0 < alpha <= 1")
    cdef Py_ssize_t i
    cdef double num = 0, den = 0, cur = NAN
    out = []
    for i in range(x.shape[0]):
        if adjust:
            num = num * (1 - alpha) + x[i]
            den = den * (1 - alpha) + 1
            cur = num / den
        else:
            cur = x[i] if i == 0 else (1 - alpha) * cur + alpha * x[i]
        out.append(cur)
    return out


def struct_to_python(long n, double mean, double m2):
    cdef Acc a = Acc(n, mean, m2)
    return a
