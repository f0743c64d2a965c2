"""Defaults, keyword-only arguments, *args/**kwargs, not None, call-site unpacking, lambda."""


def defaults(a, b=2, c="x"):
    return a, b, c


def typed_defaults(int a, double b=1.5, bint flag=False):
    return a, b, flag


def kwonly(a, *, key=None, scale=1):
    return a, key, scale


def kwonly_required(a, *, must):
    return a, must


def star_args(*args):
    return args


def star_kwargs(**kwargs):
    return sorted(kwargs.items())


def everything(a, b=1, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())


def not_none_list(list xs not None):
    return len(xs)


def maybe_none_list(list xs):
    return xs is None


def typed_dict(dict d):
    return len(d)


def typed_tuple(tuple t):
    return t[::-1]


def typed_str(str s):
    return s.upper()


def mutable_default(x, acc=[]):
    acc.append(x)
    return len(acc)


def call_with_star(args):
    return star_args(*args)


def call_with_kwargs(kw):
    return everything(1, **kw)


def call_mixed(f, args, kwargs):
    return f(*args, **kwargs)


def call_kw_sites():
    return defaults(1, c="z"), defaults(a=5), kwonly(1, scale=3), everything(0, 1, 2, 3, c=9, z=1)


def use_lambda(int n):
    sq = lambda x: x * x
    add = lambda a, b=10: a + b
    return [sq(i) for i in range(n)], add(1), add(1, 2)


def sort_with_key(words):
    return sorted(words, key=lambda w: (len(w), w))


def apply(f, x):
    return f(x)


def default_expr(x, y=2 ** 10, z=(1, 2)):
    return x + y, z


def positional_only_like(a, b, /, c):
    return a, b, c
