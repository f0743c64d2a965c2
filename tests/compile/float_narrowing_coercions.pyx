# double to float and float to double are C casts; a float returned from a
# def is boxed through double.
# expect tir: Coerce CCast double -> float
def f(double d):
    cdef float x = d
    cdef double y = x * 2
    return x, y
