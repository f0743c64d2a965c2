# sizeof, &x and explicit C casts.
def f(double x):
    cdef double *p = &x
    cdef int n = <int>x
    return sizeof(double), n, <long>p[0]
