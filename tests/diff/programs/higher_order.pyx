# cython: language_level=3
"""Higher-order builtins and flexible signatures without lambdas: map /
filter / functools.reduce / operator, sorted and max with key functions
(module-level defs, builtin methods, operator.itemgetter), *args and
**kwargs forwarding, keyword-only arguments typed and untyped."""
from functools import reduce, partial
import operator
from operator import itemgetter, attrgetter


def _add(a, b):
    return a + b


def _is_even(x):
    return x % 2 == 0


def _neg_len(s):
    return -len(s)


def map_filter_reduce(xs):
    return list(map(str, xs)), list(filter(_is_even, xs)), reduce(_add, xs, 0), reduce(operator.mul, xs, 1)


def reduce_empty(xs):
    return reduce(_add, xs)


def map_two(a, b):
    return list(map(operator.add, a, b)), list(map(max, a, b))


def filter_none(xs):
    return list(filter(None, xs))


def sort_by_itemgetter(list rows, int col, bint reverse=False):
    return sorted(rows, key=itemgetter(col), reverse=reverse)


def sort_multi_key(list rows):
    return sorted(rows, key=itemgetter(1, 0))


def sort_by_neg_len(list words):
    return sorted(words, key=_neg_len), min(words, key=_neg_len), max(words, key=len)


def sort_by_method(list words):
    return sorted(words, key=str.lower), sorted(words, key=str.casefold, reverse=True)


def attr_sort(list objs, str name):
    return [getattr(o, name) for o in sorted(objs, key=attrgetter(name))]


def star_args(*args, **kwargs):
    return args, sorted(kwargs.items())


def kwonly(a, *, scale=2, offset=0):
    return a * scale + offset


def mixed(a, b=1, *rest, flag=False, **opts):
    return a, b, rest, flag, sorted(opts)


def forward(*args, **kwargs):
    return mixed(*args, **kwargs)


def typed_star(int n, *args):
    return n + len(args), args


def call_with(f, args, kw):
    return f(*args, **kw)


def partial_use(x):
    p = partial(kwonly, scale=10)
    return p(x), p(x, offset=1), p.keywords


def kwonly_typed(double x, *, int n=2, bint neg=False):
    return -x * n if neg else x * n


def kwargs_to_typed(dict kw):
    return kwonly_typed(1.5, **kw)


def apply_all(funcs, x):
    return [f(x) for f in funcs]


def compose_names(*names, sep="."):
    return sep.join(names)


def count_calls(f, int n, *args):
    cdef int i
    results = []
    for i in range(n):
        results.append(f(i, *args))
    return results


def zip_longest_like(a, b, fill=None):
    n = max(len(a), len(b))
    return [(a[i] if i < len(a) else fill, b[i] if i < len(b) else fill) for i in range(n)]


def dict_dispatch(str op, a, b):
    table = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "max": max}
    return table[op](a, b)


def sum_of_key(list rows, str key, default=0):
    return sum([r.get(key, default) for r in rows])


def enumerate_map(xs, int start=1):
    return dict(enumerate(map(str, xs), start))
