# Comparisons of objects giving objects, and `is`/`in` as C truth values.
def f(a, b, xs):
    r = a < b
    if a is None or a in xs:
        return r
    return a != b, a not in xs, a is not b
