def f():
    cdef void x
    return 0
