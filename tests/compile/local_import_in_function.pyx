# An import inside a function binds a local.
def f():
    import math
    from os import path
    return math.pi, path
