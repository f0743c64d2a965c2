# cython: language_level=3
"""Module-level typed memoryviews and C scalars used as caches (set once,
read by later calls), and the initialisation check of memoryview locals
that were never assigned (UnboundLocalError under initializedcheck)."""
import numpy as np

cdef double[::1] _table
cdef bint _have_table = False
cdef Py_ssize_t _calls = 0


def set_table(double[::1] t):
    global _table, _have_table
    _table = t
    _have_table = True
    return _table.shape[0]


def lookup(Py_ssize_t i):
    global _calls
    _calls += 1
    if not _have_table:
        raise RuntimeError("table not set")
    return _table[i], _calls


def table_sum():
    cdef double s = 0
    cdef Py_ssize_t i
    if not _have_table:
        return None
    for i in range(_table.shape[0]):
        s += _table[i]
    return s


def maybe_uninit(bint assign):
    cdef double[:] v
    if assign:
        v = np.arange(3.0)
    return v[0]


def uninit_shape(bint assign):
    cdef double[:, :] m
    if assign:
        m = np.zeros((2, 5))
    return m.shape[1]
