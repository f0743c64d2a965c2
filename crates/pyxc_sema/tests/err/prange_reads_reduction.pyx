from cython.parallel import prange

def running(double[:] xs, double[:] out):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in prange(xs.shape[0], nogil=True):
        s += xs[i]
        out[i] = s
    return s
