# `with nogil, parallel():` a region per thread; threadid() inside it.
# expect tir: ParallelBlock
# expect tir: ThreadId
from cython.parallel import parallel, prange, threadid

def f(int[:] out):
    cdef int tid
    cdef Py_ssize_t i
    with nogil, parallel(num_threads=2):
        tid = threadid()
        for i in prange(out.shape[0]):
            out[i] = tid
