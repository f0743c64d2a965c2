cdef double scale(double x, int k)
