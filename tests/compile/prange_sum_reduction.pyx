# An in-place update in a prange body is a reduction.
# expect tir: reduction s#1 +
# expect c: reduction(+:v_s)
from cython.parallel import prange

def total(double[:] v):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in prange(v.shape[0], nogil=True):
        s += v[i]
    return s
