cdef extern from "":
    double fabs(double)

def f(double x):
    return fabs(x)
