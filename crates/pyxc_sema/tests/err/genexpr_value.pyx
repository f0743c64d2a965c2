def f(xs):
    g = (x for x in xs)
    return g
