# cython: language_level=3
"""None passed for typed memoryview arguments: what Cython does without
checks (a None view has shape 0 and ``is None``), ``not None`` rejecting it
with a TypeError, and ``@cython.nonecheck(True)`` turning indexing,
attribute access and copies of a None view into exceptions instead of
crashes. Defaults evaluated once at definition time are also checked."""
cimport cython
import numpy as np

cdef int DEFAULT_K = 5


def set_default(int k):
    global DEFAULT_K
    DEFAULT_K = k
    return DEFAULT_K


def with_default(int k=DEFAULT_K):
    return k


def shape_of_none(double[:] a=None):
    return a is None, a.shape[0], a.ndim


def reject_none(double[:] a not None):
    return a.shape[0]


@cython.nonecheck(True)
def checked_index(double[:] a, Py_ssize_t i):
    return a[i]


@cython.nonecheck(True)
def checked_copy(double[:] a):
    return np.asarray(a.copy()).tolist()


@cython.nonecheck(True)
def checked_len(double[:, :] a):
    return a.shape[1]


def optional_weights(const double[:] x, const double[:] w=None):
    cdef Py_ssize_t i
    cdef double s = 0
    for i in range(x.shape[0]):
        s += x[i] * (1.0 if w is None else w[i])
    return s
