# Pointer plus int, pointer difference and pointer indexing.
def f():
    cdef int a[4]
    cdef int *p = a
    cdef int *q = p + 2
    q[0] = 7
    p[1] = 1
    return q - p, a[2]
