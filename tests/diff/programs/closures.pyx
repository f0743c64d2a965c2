"""Lambdas and nested functions: late binding, defaults, nesting, errors."""
import functools


def squares(int n):
    sq = lambda x: x * x
    return [sq(i) for i in range(n)]


def lambda_defaults(a, b=None):
    add = lambda x, y=10, *rest, scale=1, **kw: (x + y + sum(rest)) * scale + len(kw)
    return add(a), add(a, 1), add(a, 1, 2, 3, scale=2, z=0), add(a, b) if b is not None else None


def sort_by_len(words):
    return sorted(words, key=lambda w: (len(w), w), reverse=False)


def make_adder(k):
    def adder(x, y=2):
        return x + k + y
    return adder


def call_adder(k, x):
    return make_adder(k)(x), make_adder(k)(x, y=0)


def late_binding():
    total = 0
    def get():
        return total
    total = 5
    first = get()
    total = 7
    return first, get()


def three_levels(a):
    def mid(b):
        return lambda c: a * 100 + b * 10 + c
    return mid(2)(3)


def captured_param_changed(x):
    f = lambda: x
    x = x * 2
    return f()


def unbound_free():
    f = lambda: later
    result = None
    try:
        result = f()
    except NameError as e:
        result = "NameError"
    later = [1]
    return result, f()


def default_captures_loop_value(x):
    fs = [lambda v, m=i: v * m for i in range(4)]
    return [f(x) for f in fs]


def reduce_product(xs):
    return functools.reduce(lambda a, b: a * b, xs, 1)


def map_filter(xs, int threshold):
    t = threshold
    return list(map(lambda v: v + 1, filter(lambda v: v > t, xs)))


def raises_inside(x):
    f = lambda y: 1 / y
    return f(x)


def counter_factory(start):
    box = [start]
    def incr(step=1):
        box[0] += step
        return box[0]
    return incr


def use_counter(start, int n):
    c = counter_factory(start)
    out = []
    for _ in range(n):
        out.append(c())
    out.append(c(10))
    return out


def closure_names():
    f = lambda: 0
    def named():
        return 1
    return f() + named(), named.__name__


def keyword_call(a, b):
    f = lambda x, y: x - y
    return f(y=a, x=b)


def wrong_arity(a):
    f = lambda x, y: x + y
    return f(a)


module_lambda = lambda x: x + 1


def use_module_lambda(x):
    return module_lambda(x), (lambda: 3)()
