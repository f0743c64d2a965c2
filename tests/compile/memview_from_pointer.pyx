# <double[:n]>p: a view of memory a pointer points at.
from libc.stdlib cimport malloc, free

def f(int n):
    cdef double *p = <double *>malloc(n * sizeof(double))
    cdef int i
    for i in range(n):
        p[i] = i
    cdef double[::1] v = <double[:n]>p
    cdef double t = v[n - 1]
    free(p)
    return t
