# wraparound off: a negative index is not wrapped; bounds still checked.
# expect tir: MvElement [boundscheck initializedcheck]
cimport cython

@cython.wraparound(False)
def get(double[:] v, Py_ssize_t i):
    return v[i]
