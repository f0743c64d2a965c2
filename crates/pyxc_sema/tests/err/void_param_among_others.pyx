cdef extern from *:
    int g(int a, void)
