# cython: language_level=3
"""Python builtins applied to typed memoryviews (which become Python
objects there): len/sum/min/max/sorted/list/tuple/enumerate/zip/any/all,
``in`` tests, iteration over a 2-D view's rows, and writes through ``.T``."""
import numpy as np


def basic(double[:] a):
    return len(a), sum(a), list(a), tuple(a)


def order_stats(long[:] a):
    return min(a), max(a), sorted(a), 3 in a


def pairs(double[:] a, double[:] b):
    return [(i, x * y) for i, (x, y) in enumerate(zip(a, b))]


def truth(unsigned char[:] m):
    return any(m), all(m)


def rows(double[:, :] X):
    out = []
    for row in X:
        out.append(sum(row))
    return out, len(X)


def write_T(double[:, :] X):
    cdef double[:, :] t = X.T
    t[0, 1] = -1.0
    t[:, 0] = 9.0
    return np.asarray(X).tolist()
