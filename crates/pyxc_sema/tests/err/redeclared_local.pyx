def f(int n):
    cdef double n
    return n
