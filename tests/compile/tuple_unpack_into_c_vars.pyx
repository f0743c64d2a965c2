# Unpacking an object into C variables converts each item.
def f(t):
    cdef int a
    cdef double b
    a, b = t
    x, y = b, a
    return a, b, x, y
