# With Py_ssize_t counters the guard's arithmetic could overflow, so the
# loop is not versioned: every access keeps its checks.
# expect no tir: versioned:
def window_sum(double[::1] v, Py_ssize_t w):
    cdef Py_ssize_t i, j
    cdef double t = 0
    for i in range(v.shape[0] - w + 1):
        for j in range(w):
            t += v[i + j]
    return t
