from cython.parallel import prange

def total(double[:] xs):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in prange(xs.shape[0]):
        s += xs[i]
    return s
