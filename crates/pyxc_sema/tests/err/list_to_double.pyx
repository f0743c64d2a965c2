def f():
    cdef double d = [1.0, 2.0]
    return d
