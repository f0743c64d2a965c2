from cython.parallel import prange


def f():
    cdef int i
    for i in prange(10, nogil=True, num_threads=-2):
        pass
