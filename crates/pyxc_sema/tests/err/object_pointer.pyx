def f():
    cdef object *p
    return 0
