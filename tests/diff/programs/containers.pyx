"""list/tuple/dict/set literals and methods, comprehensions, slicing of Python objects."""


def literals():
    return [1, 2.5, "a", None], (1,), (), {"a": 1, 2: "b"}, {1, 2, 3}, [], {}, set()


def list_ops(list xs):
    ys = list(xs)
    ys.append(99)
    ys.extend([7, 8])
    ys.insert(0, -1)
    popped = ys.pop()
    ys.remove(99)
    ys.reverse()
    return ys, popped, ys.index(7) if 7 in ys else -1, ys.count(7)


def list_sort(list xs):
    ys = xs[:]
    ys.sort()
    zs = sorted(xs, reverse=True)
    return ys, zs


def list_index(list xs, int i):
    return xs[i]


def list_setitem(list xs, int i, v):
    xs[i] = v
    return xs


def list_slicing(xs):
    return xs[1:3], xs[::-1], xs[-2:], xs[:100], xs[::3]


def list_slice_assign(list xs):
    ys = list(xs)
    ys[1:3] = ["a", "b", "c"]
    ys[::2] = [0] * len(ys[::2])
    del ys[0]
    return ys


def list_repeat(int n):
    return [0.0] * n, [[0] * 2 for _ in range(n)]


def nested_lists(int n):
    m = [[0.0] * n for _ in range(n)]
    for i in range(n):
        m[i][i] = 1.0
        m[i][n - 1 - i] += 2.0
    return m


def tuple_ops(tuple t):
    return t + (1,), t * 2, len(t), t.count(1), t[1:] if t else t


def dict_ops(dict d):
    e = dict(d)
    e["new"] = 1
    v = e.pop("new")
    e.setdefault("s", 5)
    e.update({"u": 2})
    return sorted(e.items()), v, e.get("missing", "dflt"), "s" in e, len(e)


def dict_index(dict d, k):
    return d[k]


def dict_iteration(dict d):
    return list(d), list(d.keys()), list(d.values()), list(d.items())


def set_ops(a, b):
    sa, sb = set(a), set(b)
    return sorted(sa | sb), sorted(sa & sb), sorted(sa - sb), sorted(sa ^ sb), sa <= sb


def set_mutation(xs):
    s = set()
    for x in xs:
        s.add(x)
    s.discard(3)
    return sorted(s)


def list_comp(int n):
    return [i * i for i in range(n) if i % 2 == 0]


def nested_comp(int n):
    return [(i, j) for i in range(n) for j in range(i)]


def dict_comp(words):
    return {w: len(w) for w in words}


def set_comp(xs):
    return sorted({x % 3 for x in xs})


def comp_typed_source(double[:] xs):
    return [xs[i] * 2 for i in range(xs.shape[0])]


def comp_scope(int n):
    x = "outer"
    ys = [x for x in range(n)]
    return x, ys


def generator_sum(int n):
    return sum(i * i for i in range(n)), any(i > 5 for i in range(n)), all(i < 100 for i in range(n))


def comp_condition_chain(xs):
    return [x for x in xs if x is not None if x > 0]


def list_of_lists_sum(m):
    return [sum(row) for row in m]


def zip_comp(a, b):
    return [x * y for x, y in zip(a, b)]


def enumerate_comp(xs):
    return {i: x for i, x in enumerate(xs)}


def list_eq(a, b):
    return a == b, a != b, a < b


def copy_semantics(list xs):
    ys = xs
    zs = xs[:]
    ys.append(1)
    return xs is ys, xs is zs, len(zs)


def unpack_in_for(pairs):
    out = []
    for a, (b, c) in pairs:
        out.append(a + b + c)
    return out


def membership(x):
    return x in [1, 2, 3], x in (4, 5), x in {6, 7}, x in {8: 0}
