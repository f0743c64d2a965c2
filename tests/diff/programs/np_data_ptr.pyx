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


def scale_via_pyarray_data(cnp.ndarray arr, double f):
    cdef double* p = <double*>cnp.PyArray_DATA(arr)
    cdef Py_ssize_t i, n = cnp.PyArray_SIZE(arr)
    for i in range(n):
        p[i] *= f
    return arr


def dims_of(cnp.ndarray arr):
    cdef cnp.npy_intp* dims = cnp.PyArray_DIMS(arr)
    return [dims[i] for i in range(cnp.PyArray_NDIM(arr))]
