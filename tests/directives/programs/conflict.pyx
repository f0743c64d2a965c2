# cython: boundscheck=False
# cython: boundscheck=True


def read1(double[:] a, Py_ssize_t i):
    return a[i]
