def f():
    cdef char buf[]
    return 0
