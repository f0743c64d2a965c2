# cython: language_level=3
"""Starred items in list/tuple/set displays and ** in dict displays
(merging options, concatenating sequences)."""


def concat(a, b):
    return [*a, *b], (*a, 0), {*a, *b}


def merge_options(dict defaults, dict overrides):
    return {**defaults, **overrides, "merged": True}


def head_tail(seq):
    first, *rest = seq
    return first, [*rest, first]
