# A run-time step: its sign is tested when the loop starts (and zero raises).
# expect tir: step sign tested at run time
def f(int n, int step):
    cdef int i
    cdef int s = 0
    for i in range(0, n, step):
        s += i
    return s
