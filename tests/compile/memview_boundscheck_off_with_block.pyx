# `with cython.boundscheck(False):` turns the check off inside the block only.
# expect tir: MvElement [wraparound initializedcheck]
# expect tir: MvElement [boundscheck wraparound initializedcheck]
cimport cython

def get(double[:] v, Py_ssize_t i):
    cdef double a, b
    with cython.boundscheck(False):
        a = v[i]
    b = v[i]
    return a + b
