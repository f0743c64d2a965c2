def f():
    cdef double x = 1.0
    cdef int *p = &x
    return 0
