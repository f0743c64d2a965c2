# An untyped local assigned C ints but read under `+` stays a Python object
# (Cython's overflow rule).
# expect tir: local x#1 : object
def f(int a):
    x = a
    x = x + 1
    return x
