# cython: language_level=3
"""Typed builtin arguments (str, bytes, list, dict, set, tuple) used through
their methods, len, iteration and indexing; None where Cython's outcome is
defined (methods Cython calls through the type's C implementation without a
None check are undefined behaviour there and are only called with values)."""


def normalise(str s):
    return s.strip().lower()


def title_case(str s):
    return s.title()


def last_field(str s):
    return s.rsplit(",", 1)


def head_tail(str s):
    return s.partition(":")


def padded(str s):
    return s.zfill(5)


def words(str s):
    return s.split()


def clean_bytes(bytes b):
    return b.strip().upper()


def bytes_hex(bytes b):
    return b.hex()


def decode(bytes b):
    return b.decode("utf-8")


def position(list xs, x):
    return xs.index(x)


def occurrences(list xs, x):
    return xs.count(x)


def without(list xs, x):
    ys = xs.copy()
    ys.remove(x)
    return ys


def push(list xs, x):
    xs.append(x)
    return xs


def size(list xs):
    return len(xs)


def first(tuple t):
    return t[0]


def tuple_pos(tuple t, x):
    return t.index(x)


def dict_last(dict d):
    return d.popitem()


def dict_keys(dict d):
    return sorted(d.keys())


def dict_lookup(dict d, k):
    return d[k]


def set_copy(set s):
    return s.copy()


def set_add(set s, x):
    s.add(x)
    return s


def str_len(str s):
    return len(s)


def iterate(list xs):
    return [x for x in xs]


def checked_list_cast(x):
    cdef list xs = <list?>x
    return len(xs)


def checked_dict_cast(x):
    return len(<dict?>x)
