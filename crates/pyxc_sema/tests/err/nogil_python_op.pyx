def f(list xs):
    cdef int n = 0
    with nogil:
        n = len(xs)
    return n
