cdef double sq(double x):
    return x * x

def f():
    return sq(1.0, 2.0)
