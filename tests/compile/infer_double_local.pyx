# An untyped local assigned only C numbers, one floating, is a C double.
# expect tir: local x#2 : double
def f(double a, int n):
    x = 0
    x = a * n
    return x
