def f(int x not None):
    return x
