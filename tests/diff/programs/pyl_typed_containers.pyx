"""Typed container arguments and locals (list, dict, tuple, set, str, bytes,
object): None acceptance, wrong-type errors, typed local accumulators."""


def total_len(list items):
    if items is None:
        return -1
    cdef Py_ssize_t n = 0
    for x in items:
        n += len(x)
    return n


def not_none(list items not None):
    return len(items)


def keys_of(dict d):
    return sorted(d) if d is not None else None


def swap_pair(tuple t):
    a, b = t
    return (b, a)


def uniq(set s, list more):
    cdef set out = set(s)
    out.update(more)
    return sorted(out)


def shout(str s):
    return s.upper() + "!"


def byte_sum(bytes b):
    cdef long total = 0
    for x in b:
        total += x
    return total


def build():
    cdef list xs = []
    cdef dict d = {}
    cdef tuple t = ()
    cdef str s = ""
    cdef int i
    for i in range(4):
        xs.append(i)
        d[i] = i * i
        t += (i,)
        s += str(i)
    return xs, d, t, s


def reassign_typed(x):
    cdef list xs = [1]
    xs = list(x)
    return xs


def assign_wrong_type(x):
    cdef dict d
    d = x
    return d


def frozen(frozenset fs):
    return sorted(fs)


def typed_object(object o):
    return o


def list_methods(list xs):
    xs.append(9)
    xs.insert(0, -1)
    xs.extend([7, 8])
    popped = xs.pop()
    xs.remove(-1)
    xs.sort()
    xs.reverse()
    return xs, popped, xs.index(9), xs.count(7)


def dict_methods(dict d):
    d.setdefault("new", 0)
    v = d.pop("gone", None)
    d.update(extra=1)
    items = sorted(d.items())
    return items, v, d.get("missing", "default"), len(d)
