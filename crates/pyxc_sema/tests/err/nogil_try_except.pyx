cdef int f(int x) except -1 nogil:
    if x < 0:
        with gil:
            raise ValueError("neg")
    return x
def g(int x):
    cdef int r = 0
    with nogil:
        try:
            r = f(x)
        except:
            r = -5
    return r
