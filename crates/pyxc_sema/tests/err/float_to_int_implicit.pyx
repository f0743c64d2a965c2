def mean_index(double[:] xs):
    cdef double total = 0.0
    cdef Py_ssize_t i
    for i in range(xs.shape[0]):
        total += xs[i]
    cdef int middle = total / xs.shape[0]
    return middle
