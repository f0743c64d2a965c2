# total is a C double, data[i] ** 2 an object: the Python `+` chain gets
# codegen's exact-float fast path (pyxc_cg_sq_leaf) beside the generic
# PyNumber path.
# expect c: pyxc_cg_sq_leaf
def sum_squares(list data):
    cdef double total = 0.0
    cdef int i
    for i in range(len(data)):
        total += data[i] ** 2
    return total
