"""C tuples: `(int, double)` as a cdef return type and a local type."""


cdef (int, double) ctuple_ret(int a):
    return a * 2, a / 4.0


def call_ctuple(int a):
    cdef int x
    cdef double y
    x, y = ctuple_ret(a)
    return x, y


def local_ctuple(int a, double b):
    cdef (int, double) t = (a, b)
    return t[0] + 1, t[1] * 2, t
