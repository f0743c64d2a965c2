# cython: language_level=3
"""A memoryview slice bound written as C int arithmetic is computed in
int, then widened, as Cython computes it: `n - window + 1` wraps for a
window near -2**31 instead of being done in 64 bits."""
import numpy as np


def head_len(int window):
    cdef double[::1] data = np.arange(5.0)
    cdef int n = data.shape[0]
    return data[:n - window + 1].shape[0]


def tail_len(int start, int shift):
    cdef double[::1] data = np.arange(5.0)
    return data[start + shift:].shape[0]
