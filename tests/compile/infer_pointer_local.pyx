# An untyped local assigned a single pointer type is that pointer.
# expect tir: local p#1 : int *
def f():
    cdef int a = 3
    p = &a
    return p[0]
