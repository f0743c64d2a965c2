def f():
    v = 1
    g = lambda: v
    del v
    return g
