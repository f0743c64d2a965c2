"""`del` on every kind of target and `assert` as input checking."""
from types import SimpleNamespace


def del_items(list xs, dict d):
    del xs[0]
    del xs[-1]
    del d["a"]
    return xs, d


def del_multiple(list xs, dict d):
    del xs[1:3], d["k"]
    return xs, d


def del_nested(data):
    del data["rows"][0]["tmp"]
    del data["rows"][-1]
    return data


def del_attr(ns, str name):
    delattr(ns, name) if name.startswith("_") else None
    if not name.startswith("_"):
        del ns.value
    return sorted(vars(ns))


def make_and_del_attr():
    ns = SimpleNamespace(value=1, other=2)
    del ns.value
    try:
        del ns.value
    except AttributeError as e:
        return sorted(vars(ns)), type(e).__name__


def del_local_then_rebind(x):
    y = x
    del y
    y = "rebound"
    return y


def del_in_loop(dict d):
    for k in list(d):
        if d[k] is None:
            del d[k]
    return d


def del_missing(dict d, key):
    del d[key]
    return d


def checked_mean(xs):
    assert isinstance(xs, (list, tuple)), f"expected a sequence, got {type(xs).__name__}"
    assert xs, "empty input"
    assert all(isinstance(x, (int, float)) for x in xs), "non-numeric value"
    return sum(xs) / len(xs)


cdef int checked_index(int i, int n) except -1:
    assert 0 <= i < n, f"index {i} out of [0, {n})"
    return i


def pick(list xs, int i):
    return xs[checked_index(i, len(xs))]


calls = []


def lazy_message(x):
    del calls[:]
    def msg():
        calls.append("msg")
        return "bad"
    try:
        assert x, msg()
    except AssertionError as e:
        return str(e), list(calls)
    return "ok", list(calls)


def assert_no_message(x):
    assert x > 0
    return x


def assert_tuple_message(x):
    assert x != 0, ("zero", x)
    return x
