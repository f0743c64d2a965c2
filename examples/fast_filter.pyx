# fast_filter.pyx
# distutils: sources = fast_filter_impl.c

cdef extern from "fast_filter.h":
    double fast_ema(const double *data, int n, double alpha) nogil

def exponential_moving_average(
    double[::1] data,
    double alpha,
):
    """
    Call into a C library function directly.
    The data memoryview provides a direct pointer to the array's memory.
    """
    cdef int n = data.shape[0]
    # &data[0] gives the pointer to the first element
    return fast_ema(&data[0], n, alpha)
