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


def final_value_up(int n):
    cdef int i = -7
    for i from 0 <= i < n:
        pass
    return i


def final_value_down(int n):
    cdef int i = -7
    for i from n > i >= 0 by 2:
        pass
    return i


def inclusive_break_else(int n):
    cdef int i
    for i from 0 <= i <= n by 3:
        if i == 6:
            break
    else:
        return -1, i
    return 1, i


def bounds_once(int n):
    cdef int i
    cdef int count = 0
    for i from 0 <= i < n:
        n = 2
        count += 1
    return i, count


def exclusive_start(long a, long b):
    cdef long i
    out = []
    for i from a < i <= b:
        out.append(i)
    return out


def nested_triangle(int n):
    cdef int i, j
    cdef long s = 0
    for i from 0 <= i < n:
        for j from i < j < n:
            s += i * j
    return s
