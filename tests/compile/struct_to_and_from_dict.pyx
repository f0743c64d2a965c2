# A struct converts to a dict and from a mapping.
cdef struct Pair:
    int a
    double b

def f(d):
    cdef Pair p = d
    p.a += 1
    return p
