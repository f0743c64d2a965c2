# total is a C double, data[i] ** 2 an object: sema's float_chain pass
# makes the Python `+` chain a FloatChain, which codegen writes as the
# exact-float fast path (pyxc_cg_sq_leaf) beside the generic PyNumber path.
# expect tir: FloatChain
# expect c: pyxc_cg_sq_leaf
def sum_squares(list data):
    cdef double total = 0.0
    cdef int i
    for i in range(len(data)):
        total += data[i] ** 2
    return total
