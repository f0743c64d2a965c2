"""Errors raised deep inside helper layers: the traceback must show each
.pyx frame (def, cdef, cpdef, lambda, nested def)."""


cdef int c_check(int x) except -1:
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


cpdef int cp_layer(int x) except -1:
    return c_check(x - 1) + 1


def py_layer(x):
    return cp_layer(x) * 2


def top(x):
    return py_layer(x)


def via_lambda(x):
    f = lambda v: 10 // v
    return f(x)


def via_nested(x):
    def inner(v):
        def innermost(w):
            return {"a": 1}[w]
        return innermost(v)
    return inner(x)


def via_map(xs):
    return list(map(lambda s: int(s), xs))


def via_sorted(xs):
    return sorted(xs, key=lambda v: v.lower())


def via_comprehension(xs):
    return [1 / x for x in xs]


def recursive(int n):
    if n == 0:
        raise RecursionError("bottom reached")
    return recursive(n - 1)


def in_finally(x):
    try:
        return 1 / x
    finally:
        pass


def in_with(cm, x):
    with cm:
        return [0][x]
