def f(float[:] a):
    cdef float *p = &a[0]
    return p != a[0]
