# cython: language_level=3
"""Verbatim C after `cimport numpy` that uses NumPy's C API: the module
includes NumPy's headers and imports the API table at module exec, as
Cython does (without an explicit `cnp.import_array()`)."""
import numpy as np
cimport numpy as cnp

cdef extern from *:
    """
    static int api_ready(void) { return PyArray_API != NULL; }
    static int ndim_of(PyObject *o) {
        return PyArray_Check(o) ? PyArray_NDIM((PyArrayObject *)o) : -1;
    }
    static long first_long(PyObject *o) {
        PyArrayObject *a = (PyArrayObject *)o;
        if (!PyArray_Check(o) || PyArray_TYPE(a) != NPY_LONG || PyArray_SIZE(a) < 1) return -1;
        return *(npy_long *)PyArray_DATA(a);
    }
    """
    bint api_ready()
    int ndim_of(object o)
    long first_long(object o)


def ready():
    return api_ready()


def ndim(o):
    return ndim_of(o)


def first(o):
    return first_long(o)


def sample(int k):
    if k == 0:
        return ndim(np.zeros((2, 3)))
    if k == 1:
        return ndim([1, 2])
    return first(np.arange(5, 9, dtype=np.int_))
