# cython: language_level=3
"""Evaluation order and evaluation count of subexpressions, as code with
side effects in subscripts relies on: augmented assignment to subscripts and
attributes (`counts[keys.pop()] += 1`), chained assignment, argument and
display order, short-circuit operators, conditional expressions."""

_log = []


def t(x):
    _log.append(x)
    return x


def reset():
    del _log[:]


def aug_list_index(list xs):
    reset()
    xs[t(0)] += 1
    return xs, list(_log)


def aug_object_and_index(xs):
    reset()
    t(xs)[t(0)] += 1
    return xs, len(_log)


def aug_attribute(ns):
    reset()
    t(ns).v += 1
    return ns.v, len(_log)


def aug_view_index(double[:] a):
    reset()
    a[t(1)] += 1.0
    return list(a), list(_log)


def aug_typed_dict(dict d):
    reset()
    d[t("a")] += 1
    return d, list(_log)


def aug_slice(list xs):
    reset()
    xs[t(0):t(2)] += [9]
    return xs, list(_log)


def count_popped(dict counts, list keys):
    while keys:
        counts[keys.pop()] += 1
    return counts


def aug_nested(list grid):
    reset()
    grid[t(0)][t(1)] *= 10
    return grid, list(_log)


def chained_assign(list xs):
    reset()
    xs[t(0)] = xs[t(1)] = t(5)
    return xs, list(_log)


def displays_order():
    reset()
    r = (t(1), t(2)), [t(3), t(4)], {t(5): t(6), t(7): t(8)}, {t(9)}
    return list(_log)


def short_circuit(a, b):
    reset()
    r = t(a) and t(b)
    s = t(a) or t(b)
    return r, s, list(_log)


def binop_order():
    reset()
    r = t(1) + t(2) * t(3) - t(4)
    return r, list(_log)


def store_order(list xs):
    reset()
    xs[t(0)] = t(9)
    return xs, list(_log)


def cond_expr(c):
    reset()
    return (t("a") if t(c) else t("b")), list(_log)


def typed_short(int a, int b):
    reset()
    cdef bint r = t(a) > 0 and t(b) > 0
    return r, list(_log)


def c_binop(int a):
    reset()
    cdef int r = <int>t(a) * 2 + <int>t(a + 1)
    return r, list(_log)


def iterate_once(seq):
    reset()
    total = 0
    for x in t(seq):
        total += x
    return total, len(_log)
