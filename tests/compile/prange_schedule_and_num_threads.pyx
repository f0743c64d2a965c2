# prange options: schedule, chunksize and num_threads.
# expect tir: schedule=dynamic
from cython.parallel import prange

def scale(double[:] v, double k):
    cdef Py_ssize_t i
    for i in prange(v.shape[0], nogil=True, schedule="dynamic", chunksize=4, num_threads=2):
        v[i] = v[i] * k
