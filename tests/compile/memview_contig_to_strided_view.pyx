# A contiguous view assigned to a strided view needs no run-time check: the
# read of `a` is simply typed as the strided view.
def f(double[::1] a):
    cdef double[:] b = a
    return b[0]
