"""Containers changed while being iterated (a classic bug in cleanup code),
and the safe idioms next to the unsafe ones; text-to-number parsing edges."""


def drop_none_unsafe(dict d):
    for k in d:
        if d[k] is None:
            del d[k]
    return d


def drop_none_safe(dict d):
    for k in list(d):
        if d[k] is None:
            del d[k]
    return d


def add_while_iterating(dict d):
    for k in d:
        d[str(k) + "x"] = 1
    return d


def items_delete(d):
    for k, v in d.items():
        del d[k]
    return d


def overwrite_values(dict d):
    for k in d:
        d[k] = 0
    return d


def grow_set(s):
    for x in s:
        s.add(x + 100)
    return s


def grow_list(list xs, int limit):
    for x in xs:
        if len(xs) < limit:
            xs.append(x * 2)
    return xs


def shrink_list(list xs):
    seen = []
    for x in xs:
        seen.append(x)
        if xs:
            xs.pop(0)
    return seen, xs


def parse_ints(list texts):
    out = []
    for t in texts:
        try:
            out.append(int(t))
        except ValueError:
            out.append(None)
    return out


def parse_floats(list texts):
    out = []
    for t in texts:
        try:
            out.append(float(t))
        except ValueError:
            out.append(None)
    return out


def abs_extremes():
    cdef int x = -2147483647 - 1
    cdef long y = -9223372036854775807 - 1
    return abs(x), abs(y)
