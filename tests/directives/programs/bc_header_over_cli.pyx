# cython: boundscheck=True, wraparound=True
# Built with -X boundscheck=False -X wraparound=False: the header wins.


def read1(double[:] a, Py_ssize_t i):
    return a[i]
