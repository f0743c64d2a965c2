"""Augmented assignment on names, attributes and subscripts: counters,
accumulators and in-place updates as real code writes them."""
from types import SimpleNamespace


def counters(words):
    counts = {}
    for w in words:
        counts.setdefault(w, 0)
        counts[w] += 1
    return counts


def all_ops(a, b):
    x = a
    out = []
    x += b; out.append(x)
    x -= b; out.append(x)
    x *= b; out.append(x)
    x //= b; out.append(x)
    x %= b if b else 1; out.append(x)
    x **= 2; out.append(x)
    return out


def int_bit_ops(int a, int b):
    cdef int x = a
    out = []
    x &= b; out.append(x)
    x |= a; out.append(x)
    x ^= b; out.append(x)
    x <<= 2; out.append(x)
    x >>= 1; out.append(x)
    return out


def true_div_assign(a, b):
    a /= b
    return a


def attr_updates(ns, int n):
    for i in range(n):
        ns.total += i
        ns.count += 1
        ns.label += "."
    ns.mean = ns.total / ns.count if ns.count else None
    return ns.total, ns.count, ns.label, ns.mean


def make_stats():
    s = SimpleNamespace(total=0, count=0, label="")
    attr_updates(s, 4)
    s.total *= 10
    return vars(s)


calls = []


def _idx(i):
    calls.append(i)
    return i


def subscript_once(list xs):
    del calls[:]
    xs[_idx(0)] += 5
    xs[_idx(-1)] *= 2
    return xs, list(calls)


def nested_subscripts(grid, int r, int c, value):
    grid[r][c] += value
    grid[r][c] -= 1
    return grid


def list_extend_inplace(list a, b):
    alias = a
    a += b
    a *= 2
    return a is alias, a


def tuple_concat(t, more):
    alias = t
    t += more
    return t is alias, t, alias


def str_build(int n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    s *= 2
    return s


def float_accumulate(xs):
    cdef double acc = 0.0
    cdef double prod = 1.0
    for x in xs:
        acc += x
        prod *= x
    return acc, prod


def dict_merge_inplace(dict a, dict b):
    a |= b
    return a


def set_ops_inplace(s, t):
    s = set(s)
    s |= set(t)
    u = set(s)
    u &= set(t)
    v = set(s)
    v -= set(t)
    w = set(s)
    w ^= {1, 2, 3}
    return sorted(s), sorted(u), sorted(v), sorted(w)


def typed_counter(int n):
    cdef long total = 0
    cdef Py_ssize_t i
    for i in range(n):
        total += i * i
        total %= 1000003
    return total
