G = {k: k * 2 for k in range(3)}
def f(xs):
    a = {x % 3 for x in xs}
    b = {i: x for i, x in enumerate(xs)}
    c = [a + b for (a, b), c in [((1, 2), 3), ((4, 5), 6)] if c > 3]
    return a, b, c, sum(x * x for x in xs), any(x > 2 for x in xs), all(x < 100 for x in xs)
def g(xs):
    return any(1 / x for x in xs)
def h(t):
    first, *mid, last = t
    (p, q), r = first, last
    return p, q, r, mid
def s(xs):
    ys = list(xs)
    ys[1:3] = ["a"]
    del ys[::2]
    return ys
def nested_any(m):
    return any(x == 5 for row in m for x in row), all(x < 5 for row in m for x in row)
