cdef double scale(double x)
