# A lambda's defaults are evaluated where it is created.
def f(k):
    return lambda x, y=k: x + y
