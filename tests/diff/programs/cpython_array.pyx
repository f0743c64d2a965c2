# cython: language_level=3
"""array.array through cpython.array: typed arrays, clone, resize."""
from cpython cimport array
import array


def array_clone_fill(int n, double v):
    cdef array.array template = array.array("d", [])
    cdef array.array out = array.clone(template, n, zero=False)
    cdef int i
    for i in range(n):
        out.data.as_doubles[i] = v * i
    return out


def array_sum(array.array a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(len(a)):
        s += a.data.as_doubles[i]
    return s


def array_extend_int(list xs):
    cdef array.array a = array.array("i", xs)
    array.resize(a, len(xs) + 2)
    a.data.as_ints[len(xs)] = -1
    a.data.as_ints[len(xs) + 1] = -2
    return a
