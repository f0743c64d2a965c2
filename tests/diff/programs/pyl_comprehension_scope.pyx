"""Comprehensions in data-munging code: nesting, filters, scoping of the loop
variable, late binding of lambdas, dict/set comprehensions and ordering."""


def pairs(int n):
    return [(i, j) for i in range(n) for j in range(i) if (i + j) % 2]


def flatten_filter(nested):
    return [x for row in nested if row for x in row if x is not None]


def matrix_comp(int rows, int cols):
    return [[r * cols + c for c in range(cols)] for r in range(rows)]


def loop_var_no_leak(xs):
    x = "outer"
    ys = [x * 2 for x in xs]
    return x, ys


def late_binding(int n):
    gs = [lambda i=i: i for i in range(n)]
    return [g() for g in gs]


def dict_comp(words):
    by_len = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    return {k: sorted(v) for k, v in sorted(by_len.items())}, {w: i for i, w in enumerate(words)}


def set_comp(text):
    return sorted({c.lower() for c in text if c.isalpha()}), len({w for w in text.split()})


def invert_unique(dict d):
    inv = {v: k for k, v in d.items()}
    if len(inv) != len(d):
        raise ValueError("values are not unique")
    return inv


def comp_uses_outer(xs, factor):
    offset = len(xs)
    return [x * factor + offset for x in xs if x > offset // 2]


def cartesian(a, b, c):
    return [f"{x}{y}{z}" for x in a for y in b for z in c]


def condition_expr(xs):
    return [x if x >= 0 else -x for x in xs], [("even" if x % 2 == 0 else "odd") for x in xs]


def nested_dict(records):
    return {r["id"]: {k: v for k, v in r.items() if k != "id"} for r in records}


def typed_comp(int n):
    cdef int i
    squares = [i * i for i in range(n)]
    return squares, i if n > 0 else None


def comp_exception(xs):
    return [10 // x for x in xs]


def transpose_comp(m):
    return [[row[i] for row in m] for i in range(len(m[0]))] if m else []


def walk_tree(tree):
    return [name for name, children in tree.items() for name in [name] + walk_tree(children)]
