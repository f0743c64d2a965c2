from cython.parallel import prange

def first_negative(double[:] xs):
    cdef Py_ssize_t i, found = -1
    for i in prange(xs.shape[0], nogil=True):
        if xs[i] < 0:
            found = i
            break
    return found
