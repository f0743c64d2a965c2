# distutils: sources = fast_filter.c
cdef extern from "fast_filter.h":
    double fast_ema(const double *data, int n, double alpha) nogil

cdef int twice(int x) except -1 nogil:
    if x < 0:
        with gil:
            raise ValueError("negative")
    return 2 * x

def exponential_moving_average(
    double[::1] data,
    double alpha,
):
    cdef int n = data.shape[0]
    return fast_ema(&data[0], n, alpha)

def use_twice(int x):
    cdef int r
    with nogil:
        r = twice(x)
    return r

def view2d(double[:, :] m):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j] * (i + 1)
    m[0, 0] = -1
    return s, m[-1, -1]

def sliced(double[:] v):
    cdef double[:] w = v[::2]
    return w.shape[0], w[1], len(v)
