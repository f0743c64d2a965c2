# `with cython.nonecheck(True):` checks for a None view inside the block only.
# expect tir: MvElement [boundscheck wraparound nonecheck initializedcheck] : double
cimport cython

def f(double[:] v):
    cdef double a
    with cython.nonecheck(True):
        a = v[0]
    return a + v[1]
