# &v[0] is a pointer to the element.
cdef double first(double *p):
    return p[0]

def f(double[::1] v):
    return first(&v[0])
