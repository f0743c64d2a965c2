# and/or on C bints are C; on objects they return an operand.
def f(int a, int b, x, y):
    cdef bint c = a > 0 and b > 0 or a == b
    return c, x and y, x or y, not x
