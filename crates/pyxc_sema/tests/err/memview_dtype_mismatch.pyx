def f(double[:] a):
    cdef float[:] b = a
    return 0
