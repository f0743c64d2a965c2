# cython: language_level=3
"""Chained comparisons whose operands are calls, subscripts, literals or
arithmetic on Python objects (bounds checks and range tests)."""


def in_bounds(x, xs):
    return 0 <= x < len(xs)


def is_lower_ascii(s):
    return 'a' <= s <= 'z'


def between_exprs(a, b, c):
    return a < b + 1 < c * 2


def value_in_range(dict d, k):
    return 0 < d[k] <= 10


def all_equal3(x):
    return x[0] == x[1] == x[2]


def clip_check(x, lo, hi):
    if not lo <= x <= hi:
        raise ValueError(f"{x!r} not in [{lo!r}, {hi!r}]")
    return x


def mixed_ops(a, b):
    return a is not None != b, 0 < abs(a) < 5
