# The seed's cdef-typed list version (examples/rolling.pyx without its numpy
# import, so it runs where numpy is not installed): `total += data[i + j] ** 2`
# takes codegen's exact-float fast path, and data[i + j] the list fast path.
# expect c: pyxc_cg_sq_leaf
# expect tir: PyGetItemInt [boundscheck wraparound]
def rolling_sum_squares_typed(list data, int window):
    cdef int n = len(data)
    cdef int i, j
    cdef double total
    cdef list result = []

    for i in range(n - window + 1):
        total = 0.0
        for j in range(window):
            total += data[i + j] ** 2
        result.append(total)
    return result
