# A cpdef function called from compiled code with a keyword argument calls
# its native body; Python callers go through its wrapper.
cpdef double scale(double x, double k=2.0):
    return x * k

def f(double y):
    return scale(y, k=3.0) + scale(y)
