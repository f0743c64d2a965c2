# A generator expression passed to sum() is built as a list.
def f(xs):
    return sum(x * 2 for x in xs)
