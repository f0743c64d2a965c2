# With boundscheck and wraparound off there is nothing to hoist: no fast copy.
# expect no tir: versioned:
cimport cython

@cython.boundscheck(False)
@cython.wraparound(False)
def total(double[:] v):
    cdef int j
    cdef double t = 0
    for j in range(v.shape[0]):
        t += v[j]
    return t
