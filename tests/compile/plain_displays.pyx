# List, tuple, set and dict displays without starred parts.
def f(a):
    return [a, 1], (a, 2.5), {a}, {"x": a}
