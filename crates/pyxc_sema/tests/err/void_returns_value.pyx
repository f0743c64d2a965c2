cdef void g(int x):
    return x
