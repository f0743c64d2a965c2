"""Chained comparisons of Python objects as values: each comparison's own
result, the first false one or the last, the middle operands evaluated once."""


calls = []


def mid(x):
    calls.append(x)
    return x


def chain3(a, b, c):
    return a < b < c


def chain_with_call(a, b, c):
    del calls[:]
    r = a < mid(b) < c
    return r, list(calls)


def short_circuit(a, b, c):
    del calls[:]
    r = a < b < mid(c)
    return r, list(calls)


def mixed_is_and_in(a, xs, ys):
    return a in xs is not None, a < 10 in ys


def as_condition(a, b, c):
    if a < b < c:
        return "yes"
    return "no"


def four(a, b, c, d):
    return a <= b < c <= d
