# An unsigned value compared with 0: `u >= 0` is decided by its type
# (folded in sema to its value, the operands still evaluated).
# expect tir: Effects
def f(unsigned int u, int s):
    return u >= 0, s < u
