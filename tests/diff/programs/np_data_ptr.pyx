# cython: language_level=3
"""Raw data pointers of numpy arrays (`<double*>arr.data`,
cnp.PyArray_DATA), the idiom of pre-memoryview numpy code."""
import numpy as np
cimport numpy as cnp

cnp.import_array()


def sum_via_data(cnp.ndarray[cnp.float64_t, ndim=1, mode="c"] arr):
    cdef double* p = <double*>arr.data
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(arr.shape[0]):
        s += p[i]
    return s
