# A nogil function raising through a `with gil` block.
cdef int check(int x) except -1 nogil:
    if x < 0:
        with gil:
            raise ValueError("negative")
    return x

def f(int x):
    cdef int r
    with nogil:
        r = check(x)
    return r
