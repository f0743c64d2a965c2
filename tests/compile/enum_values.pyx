# C enum values used as integers: numbers in the tree, not C text.
# expect tir: EnumConst 5
cdef enum Color:
    RED
    GREEN = 5
    BLUE

def f():
    cdef Color c = GREEN
    return c, BLUE
