def f(object[:] v):
    return v
