# A strided view assigned to a contiguous view checks the layout (ViewCheck).
# expect tir: Coerce ViewCheck
def f(double[:] a):
    cdef double[::1] b = a
    return b[0]
