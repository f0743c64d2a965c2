# a = b = value evaluates the value once.
def f(x):
    cdef int a, b
    a = b = x
    c = d = [a, b]
    return c, d
