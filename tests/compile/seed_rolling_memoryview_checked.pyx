# The seed's memoryview kernel with the default checks: the inner loop is
# versioned (hoisted checks).
# expect tir: versioned:
def rolling_sum_cython(double[::1] data, int window):
    cdef int n = data.shape[0]
    cdef int i, j
    cdef double total
    cdef double[::1] result = data[:n - window + 1].copy()
    for i in range(n - window + 1):
        total = 0.0
        for j in range(window):
            total += data[i + j] * data[i + j]
        result[i] = total
    return result
