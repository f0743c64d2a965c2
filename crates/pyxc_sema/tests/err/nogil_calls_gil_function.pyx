cdef double g(double x):
    return x

def f(double x):
    cdef double y
    with nogil:
        y = g(x)
    return y
