# DEF constants are folded and substituted, array sizes included.
DEF N = 4
DEF SCALE = 2.5

def f():
    cdef double a[N]
    cdef int i
    for i in range(N):
        a[i] = i * SCALE
    return a[N - 1]
