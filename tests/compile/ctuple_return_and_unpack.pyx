# A C tuple returned from a cdef function and unpacked into C variables.
cdef (int, double) pair(int a):
    return a, a * 0.5

def f(int a):
    cdef int i
    cdef double d
    i, d = pair(a)
    return pair(a), i, d
