# A literal outside 32 bits is a Python int object.
# expect tir: BigIntConst 1180591620717411303424
def f():
    x = 2 ** 70
    y = 12345678901234567890
    return x, y
