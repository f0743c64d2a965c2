# cython: language_level=3
"""Function signatures of typed numeric APIs: cpdef functions called from
Python and from C, inline cdef helpers, C default arguments, keyword-only
typed arguments, ``not None`` view and object arguments, typed ``*args``-free
wrappers, and argument conversion errors for each parameter."""
import numpy as np
cimport cython


cdef inline double _clip(double x, double lo=0.0, double hi=1.0) noexcept:
    return lo if x < lo else hi if x > hi else x


cpdef double clip(double x, double lo=0.0, double hi=1.0):
    return _clip(x, lo, hi)


cpdef long ipow(long base, unsigned int exp=2) except? -1:
    cdef long r = 1
    while exp:
        if exp & 1:
            r *= base
        base *= base
        exp >>= 1
    return r


cpdef list clip_all(double[:] xs, double lo=0.0, double hi=1.0):
    cdef Py_ssize_t i
    return [clip(xs[i], lo, hi) for i in range(xs.shape[0])]


def normalize(double[:] x not None, *, double eps=1e-12, bint inplace=False):
    cdef double s = 0
    cdef Py_ssize_t i
    cdef double[:] out
    if inplace:
        out = x
    else:
        out = x.copy()
    for i in range(x.shape[0]):
        s += x[i] * x[i]
    s = s ** 0.5
    if s < eps:
        raise ValueError("norm %g below eps %g" % (s, eps))
    for i in range(x.shape[0]):
        out[i] = x[i] / s
    return np.asarray(out)


def window(const double[:] x, Py_ssize_t start=0, Py_ssize_t stop=-1, *, Py_ssize_t step=1):
    if stop < 0:
        stop = x.shape[0] + stop + 1
    return np.asarray(x[start:stop:step]).tolist()


def describe(list items not None, str sep=", ", *, int limit=3):
    shown = items[:limit]
    rest = len(items) - len(shown)
    text = sep.join(str(v) for v in shown)
    return text + (f" (+{rest} more)" if rest > 0 else "")


cdef int _count_below(const int[:] a, int t=0) noexcept:
    cdef int n = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        if a[i] < t:
            n += 1
    return n


def count_below(const int[:] a, t=None):
    if t is None:
        return _count_below(a)
    return _count_below(a, t)


cpdef int cp_dispatch(int mode, int x):
    if mode == 0:
        return x
    if mode == 1:
        return ipow(x, 2)
    return <int>clip(x, -5, 5)


def call_from_c(int n):
    cdef int i
    cdef long total = 0
    for i in range(n):
        total += cp_dispatch(i % 3, i)
    return total
