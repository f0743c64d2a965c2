# A header line after the first statement is ignored.
cimport cython
# cython: boundscheck=False


def read1(double[:] a, Py_ssize_t i):
    return a[i]
