# cython: language_level=3
"""The legacy `for i from a <= i < b` loop (and its `by` step), still found
in older .pyx files."""


def sum_from(int n):
    cdef int i
    cdef long s = 0
    for i from 0 <= i < n:
        s += i
    return s


def down_by(int n):
    cdef int i
    out = []
    for i from n > i >= 0 by 2:
        out.append(i)
    return out
