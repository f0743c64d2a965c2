# parallel.pyx
# cython: boundscheck=False, wraparound=False

from cython.parallel import prange
import numpy as np
cimport numpy as cnp
from libc.math cimport sqrt, exp

def apply_gaussian_kernel_serial(
    double[::1] data,
    double sigma,
):
    """Serial version - processes elements one by one."""
    cdef int n = data.shape[0]
    cdef double[::1] result = np.empty(n, dtype=np.float64)
    cdef int i
    cdef double coeff = -1.0 / (2.0 * sigma * sigma)

    for i in range(n):
        result[i] = exp(coeff * data[i] * data[i])

    return np.asarray(result)


def apply_gaussian_kernel_parallel(
    double[::1] data,
    double sigma,
    int n_threads=4,
):
    """
    Parallel version - releases GIL, uses prange for OpenMP threading.
    Each element is independent → embarrassingly parallel.
    """
    cdef int n = data.shape[0]
    cdef double[::1] result = np.empty(n, dtype=np.float64)
    cdef int i
    cdef double coeff = -1.0 / (2.0 * sigma * sigma)

    with nogil:
        for i in prange(n, num_threads=n_threads, schedule='static'):
            result[i] = exp(coeff * data[i] * data[i])

    return np.asarray(result)


def parallel_sum(double[::1] data):
    cdef double total = 0.0
    cdef Py_ssize_t i
    for i in prange(data.shape[0], nogil=True):
        total += data[i]
    return total
