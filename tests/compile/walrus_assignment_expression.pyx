# An assignment expression binds its target and gives its value.
def f(xs):
    if (n := len(xs)) > 2:
        return n
    return 0
