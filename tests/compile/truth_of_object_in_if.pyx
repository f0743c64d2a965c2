# `if x:` on an object takes its truth value (Coerce Truth).
# expect tir: Coerce Truth object -> bint
def f(x):
    if x:
        return 1
    return 0
