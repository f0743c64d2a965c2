def f():
    cdef int x = "abc"
    return x
