# A C function used as a value and called through a pointer.
ctypedef double (*unary)(double)

cdef double twice(double x):
    return 2 * x

def f(double y):
    cdef unary g = twice
    return g(y)
