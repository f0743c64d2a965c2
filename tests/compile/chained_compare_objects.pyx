# a < g() < c on objects: the middle operand is evaluated once (Let) and the
# chain's value is taken as a C truth value.
# expect tir: Let
def f(a, g, c):
    return a < g() < c
