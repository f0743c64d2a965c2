"""Untyped locals whose type Cython infers from their assignments (float
literals, str/list/dict displays): arithmetic, errors and their messages."""


def float_accumulate(xs):
    acc = 0.0
    for x in xs:
        acc += x
    return acc, type(acc).__name__


def float_divide(a, b):
    x = 1.0 * a
    return x / b


def float_floordiv_mod(a, b):
    x = a + 0.0
    return x // b, x % b


def float_to_int(a):
    x = a * 1.0
    return int(x)


def float_pow(a, b):
    x = 1.0 * a
    return x ** b


def float_reassign(flag):
    x = 0.5
    if flag:
        x = "text"
    return x


def float_identity():
    x = 2.5
    xs = [x, x]
    return xs[0] is xs[1], xs[0] == xs[1]


def str_index(int i):
    s = "héllo"
    return s[i]


def str_ops(int n):
    s = "ab"
    return s * n, s[::-1], len(s * n)


def list_index(int i):
    xs = [1, 2, 3]
    return xs[i]


def list_assign(int i, v):
    xs = [1, 2, 3]
    xs[i] = v
    return xs


def dict_lookup(k):
    d = {"a": 1}
    return d[k]


def tuple_index(int i):
    t = (1, 2)
    return t[i]


def mixed_numeric(a):
    x = 3
    y = 1.5
    z = x * y + a
    return z, type(z).__name__


def int_then_big(int n):
    x = 1
    for _ in range(n):
        x *= 1000
    return x


def round_inferred(a):
    x = a / 1.0
    return round(x), round(x, 1), abs(x), -x
