# Only objects in the chain: plain PyNumber calls, no float fast path.
# expect no c: pyxc_cg_num_leaf
# expect no c: pyxc_cg_sq_leaf
def combine(a, b, c):
    return a * b + c
