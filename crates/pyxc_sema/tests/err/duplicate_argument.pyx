def f(a, b, b):
    return a
