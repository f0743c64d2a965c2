def f():
    cdef doubel x = 1.0
    return x
