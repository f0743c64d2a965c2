# initializedcheck off: a maybe-unassigned view is read without the check.
# expect tir: MvElement [boundscheck wraparound] : double
cimport cython

@cython.initializedcheck(False)
def f(double[:] a, bint flag):
    cdef double[:] v
    if flag:
        v = a
    return v[0]
