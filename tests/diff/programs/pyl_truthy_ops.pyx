"""Boolean logic as Python code uses it: and/or return an operand, `not`,
conditional expressions, `in`, `is`, truthiness of containers and numbers."""


def first_truthy(*values):
    result = None
    for v in values:
        result = result or v
    return result


def or_default(value, default="n/a"):
    return value or default


def and_chain(a, b, c):
    return a and b and c


def mixed_logic(a, b):
    return (a and not b) or (b and not a), a or b and a, not (a or b)


def typed_logic(int a, double b):
    cdef bint t = a and b
    return t, a or b, a and b, not a


def truthiness(x):
    return bool(x), "yes" if x else "no", not x


def classify(x):
    return ("none" if x is None else "bool" if isinstance(x, bool) else "zero" if x == 0
            else "neg" if x < 0 else "big" if x > 1000 else "pos")


def membership(x, container):
    return x in container, x not in container


def identity_checks(a, b):
    return a is b, a is not b, a is None, b is not None, type(a) is type(b)


def short_circuit_calls(a, b):
    calls = []
    def f(v):
        calls.append(v)
        return v
    r = f(a) and f(b) or f("fallback")
    return r, calls


def in_range_checks(x):
    return 0 <= x < 10, x in range(10), x in {1, 2, 3}, x in (1.0, 2.0), x in "0123456789" if isinstance(x, str) else None


def count_true(xs):
    cdef int n = 0
    for x in xs:
        if x:
            n += 1
    return n, sum(1 for x in xs if x), any(xs), all(xs)


def safe_get(d, key, default=None):
    return d and key in d and d[key] or default


def ternary_types(int flag):
    return (1 if flag else 2.0), ("s" if flag > 0 else None), ([] if flag else {})
