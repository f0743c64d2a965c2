# a < g() < c on objects as a value: the middle operand is evaluated once
# (Let), and the value is `(a < g()) and (g() < c)` on the comparisons' own
# results (PyLogical of PyCompare), as Python returns it.
# expect tir: Let
# expect tir: PyLogical and
def f(a, g, c):
    return a < g() < c
