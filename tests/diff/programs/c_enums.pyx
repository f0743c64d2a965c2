# cython: language_level=3
"""cdef enum / ctypedef enum declared in the module, used as flags, switch
values and C-typed variables."""

cdef enum Color:
    RED = 1
    GREEN = 2
    BLUE = 4

ctypedef enum Kind:
    KIND_A
    KIND_B
    KIND_C


def color_flags(int c):
    cdef Color col = <Color>c
    return col == RED, col | GREEN, (col & BLUE) != 0, BLUE


def kind_name(int k):
    cdef Kind kind = <Kind>k
    if kind == KIND_A:
        return "a"
    elif kind == KIND_B:
        return "b"
    return "other"


cdef Kind _next_kind(Kind k):
    if k == KIND_C:
        return KIND_A
    return <Kind>(k + 1)


def cycle_kinds(int start, int n):
    cdef Kind k = <Kind>start
    out = []
    for _ in range(n):
        out.append(<int>k)
        k = _next_kind(k)
    return out
