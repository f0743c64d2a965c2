# C enum values used as integers.
cdef enum Color:
    RED
    GREEN = 5
    BLUE

def f():
    cdef Color c = GREEN
    return c, BLUE
