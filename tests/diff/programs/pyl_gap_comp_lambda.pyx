"""Lambdas and nested defs created inside comprehensions that use the
comprehension's loop variable (late binding: all see the last value)."""


def late_binding(int n):
    fs = [lambda: i for i in range(n)]
    return [f() for f in fs]


def handlers(names):
    table = {name: (lambda x: f"{name}:{x}") for name in names}
    return [table[k](1) for k in sorted(table)]


def adders(xs):
    fns = [lambda y: x + y for x in xs]
    return [f(10) for f in fns]


def bound_default(int n):
    fs = [lambda i=i: i * i for i in range(n)]
    return [f() for f in fs]


def top_terms(vectors, int k):
    return [sorted(v, key=lambda t: (-v[t], t))[:k] for v in vectors]
