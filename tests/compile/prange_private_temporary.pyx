# A variable assigned in a prange body is private to each thread (and
# lastprivate after the loop); a read-only variable is shared.
# expect c: lastprivate
from cython.parallel import prange

def scale(double[:] v, double k):
    cdef Py_ssize_t i
    cdef double t
    for i in prange(v.shape[0], nogil=True):
        t = v[i] * k
        v[i] = t
