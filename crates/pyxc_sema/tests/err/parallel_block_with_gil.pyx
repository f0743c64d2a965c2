from cython.parallel cimport parallel, prange

def scaled(double[:] xs, double k):
    cdef Py_ssize_t i
    with parallel():
        for i in prange(xs.shape[0]):
            xs[i] *= k
