cdef struct Point:
    int x
    double x
