# Conditional expressions on C values and on objects.
def f(int a, b):
    cdef int c = a if a > 0 else -a
    return c, b if b else None
