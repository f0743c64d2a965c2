"""Tuple unpacking in assignments, loops and returns, including starred
targets and nested patterns."""


def swap(a, b):
    a, b = b, a
    return a, b


def rotate3(a, b, c):
    a, b, c = b, c, a
    return [a, b, c]


def head_tail(seq):
    first, *rest = seq
    return first, rest


def ends(seq):
    first, *middle, last = seq
    return first, middle, last


def nested(pairs):
    out = []
    for (a, b), c in pairs:
        out.append(a * 100 + b * 10 + c)
    return out


def enumerate_pairs(d):
    out = []
    for i, (k, v) in enumerate(sorted(d.items())):
        out.append((i, k, v))
    return out


def unpack_str(str s):
    x, y, z = s
    return z + y + x


def unpack_count(seq):
    a, b = seq
    return a, b


def starred_mid(seq):
    a, *b, c, d = seq
    return a, b, c, d


def multi_target(v):
    x = y = z = v
    x += 1
    return x, y, z


def fib_pairs(int n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out


def typed_unpack(t):
    cdef int i
    cdef double d
    cdef object o
    i, d, o = t
    return i, d, o


def list_targets(xs):
    xs[0], xs[-1] = xs[-1], xs[0]
    d = {}
    d["a"], d["b"] = divmod(17, 5)
    return xs, d


def dict_unpack_merge(a, b):
    merged = {**a, **b, "z": 0}
    return merged, [*a, *b], (*a.values(), *b.values())


def star_in_call(args, kw):
    def f(a, b=2, *rest, c=3, **more):
        return a, b, rest, c, sorted(more.items())
    return f(*args, **kw)


def from_generator_like(it):
    a, b, *c = iter(it)
    return a, b, c
