# cython: language_level=3
"""``view.shape[k]`` / ``view.strides[k]`` with a run-time index k (they are
C arrays in Cython), as generic N-d helpers do."""


def dims(double[:, :, :] a):
    cdef int k
    return [a.shape[k] for k in range(3)], [a.strides[k] for k in range(a.ndim)]


def total_size(const float[:, :, :, :] a):
    cdef Py_ssize_t n = 1
    cdef int k
    for k in range(4):
        n *= a.shape[k]
    return n
