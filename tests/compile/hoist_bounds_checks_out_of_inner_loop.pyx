# The inner loop reads v[i + j] with int counters: sema versions it, with a
# guard proving every access in bounds before the loop and an unchecked
# copy of the body run when the guard holds.
# expect tir: versioned: the unchecked copy runs when the guard holds
# expect tir: MvElement [initializedcheck] : double
def window_sum(double[::1] v, int w):
    cdef int i, j
    cdef double t = 0
    for i in range(v.shape[0] - w + 1):
        for j in range(w):
            t += v[i + j]
    return t
