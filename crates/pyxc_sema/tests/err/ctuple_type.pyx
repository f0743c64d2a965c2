cdef (int, double) pair(int a):
    return a, a / 2.0
