# A constant negative step is known at compile time (step sign -).
# expect tir: step sign -
def f(int n):
    cdef int i
    cdef int s = 0
    for i in range(n, 0, -1):
        s += i
    return s
