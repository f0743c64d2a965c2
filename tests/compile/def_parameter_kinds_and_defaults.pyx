# Parameter kinds: defaults, *args, keyword-only, **kwargs.
def f(a, b=[], *args, c, d=3, **kw):
    return a, b, args, c, d, kw
