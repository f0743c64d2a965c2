# A positional-only parameter and a view that refuses None.
def f(double[:] v not None, x, /, y=None):
    return v[0], x, y
