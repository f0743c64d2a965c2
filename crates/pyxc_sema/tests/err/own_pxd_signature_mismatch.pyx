cdef double scale(double x, double k):
    return x * k
