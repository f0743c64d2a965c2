# An old-style numpy buffer parameter: indexed like a view, .data a char *.
cimport numpy as cnp

def f(cnp.ndarray[cnp.float64_t, ndim=1] a):
    cdef char *p = a.data
    return a[0] + (p != NULL)
