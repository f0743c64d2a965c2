# cython: language_level=3
"""numpy's C API macros (cnp.PyArray_DATA, PyArray_SIZE, PyArray_DIMS, PyArray_NDIM)."""
import numpy as np
cimport numpy as cnp

cnp.import_array()


def scale_via_pyarray_data(cnp.ndarray arr, double f):
    cdef double* p = <double*>cnp.PyArray_DATA(arr)
    cdef Py_ssize_t i, n = cnp.PyArray_SIZE(arr)
    for i in range(n):
        p[i] *= f
    return arr


def dims_of(cnp.ndarray arr):
    cdef cnp.npy_intp* dims = cnp.PyArray_DIMS(arr)
    return [dims[i] for i in range(cnp.PyArray_NDIM(arr))]
