# cython: language_level=3
"""Indexing a memoryview with a ``bint`` and unpacking ``view.shape[:2]``."""


def bint_index(const double[:] a, bint flag):
    return a[flag]


def shape_prefix(const double[:, :, :] a):
    n, m = a.shape[:2]
    return n, m
