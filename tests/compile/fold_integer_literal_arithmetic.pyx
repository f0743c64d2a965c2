# Integer literal operators are folded with Python semantics.
# expect tir: IntConst 1027
# expect tir: IntConst 2 : long
def f():
    cdef long a = 2 ** 10 + 7 // 2
    cdef long b = -7 % 3
    return a, b, 1 << 4
