# any()/all() of a generator stop at the first deciding item.
def f(xs):
    return any(x > 0 for x in xs), all(x for x in xs)
