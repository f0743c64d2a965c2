# A Python call with positional, *args, keyword and **kwargs arguments.
def f(g, args, kw):
    return g(1, *args, key=2, **kw)
