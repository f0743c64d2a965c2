# cython: language_level=3
"""Object-dtype arrays as pandas' libs handle them: ``object[:]`` typed
memoryviews and ``ndarray[object]`` buffers over numpy object arrays,
isnull/notna scans, string length statistics, in-place replacement of
values, and mixed C/Python loops."""
import numpy as np
cimport numpy as cnp
from libc.math cimport isnan

cnp.import_array()


def count_null(object[:] values):
    cdef Py_ssize_t i, n = 0
    for i in range(values.shape[0]):
        v = values[i]
        if v is None or (isinstance(v, float) and isnan(v)):
            n += 1
    return n


def str_lengths(object[:] values):
    cdef Py_ssize_t i
    cdef long total = 0, longest = 0, k
    for i in range(values.shape[0]):
        if isinstance(values[i], str):
            k = len(values[i])
            total += k
            if k > longest:
                longest = k
    return total, longest


def fill_none(object[:] values, fill):
    cdef Py_ssize_t i, replaced = 0
    for i in range(values.shape[0]):
        if values[i] is None:
            values[i] = fill
            replaced += 1
    return replaced


def buffer_upper(cnp.ndarray[object, ndim=1] values):
    cdef Py_ssize_t i
    out = np.empty(values.shape[0], dtype=object)
    for i in range(values.shape[0]):
        out[i] = values[i].upper() if isinstance(values[i], str) else values[i]
    return out.tolist()


def infer_kind(object[:] values):
    cdef bint all_int = True, all_float = True, all_str = True
    cdef Py_ssize_t i
    for i in range(values.shape[0]):
        v = values[i]
        all_int = all_int and isinstance(v, int) and not isinstance(v, bool)
        all_float = all_float and isinstance(v, float)
        all_str = all_str and isinstance(v, str)
    if values.shape[0] == 0:
        return "empty"
    return "integer" if all_int else "floating" if all_float else "string" if all_str else "mixed"
