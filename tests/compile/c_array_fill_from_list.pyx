# A C array assigned from a list literal and from an iterable.
def f(xs):
    cdef int a[3]
    a = [1, 2, 3]
    cdef double b[2]
    b[:] = xs
    return a[0] + b[1]
