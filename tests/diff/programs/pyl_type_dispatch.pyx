"""Dynamic type handling: isinstance with tuples, type() dispatch tables,
hasattr/getattr with defaults, callable, duck typing."""
import numbers
from collections.abc import Mapping, Sequence


def kind(x):
    if x is None:
        return "none"
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, (str, bytes)):
        return "text"
    if isinstance(x, Mapping):
        return "mapping"
    if isinstance(x, (list, tuple, range)):
        return "sequence"
    if isinstance(x, (set, frozenset)):
        return "set"
    if callable(x):
        return "callable"
    return "other:" + type(x).__name__


HANDLERS = {
    int: lambda v: v * 2,
    float: lambda v: round(v, 1),
    str: str.upper,
    list: len,
    tuple: lambda v: tuple(reversed(v)),
}


def dispatch(x):
    handler = HANDLERS.get(type(x))
    if handler is None:
        for t, h in HANDLERS.items():
            if isinstance(x, t):
                handler = h
                break
        else:
            raise TypeError(f"no handler for {type(x).__name__}")
    return handler(x)


def deep_size(obj):
    if isinstance(obj, dict):
        return 1 + sum(deep_size(k) + deep_size(v) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return 1 + sum(deep_size(v) for v in obj)
    return 1


def attrs(obj, names):
    return [(n, hasattr(obj, n), type(getattr(obj, n, None)).__name__) for n in names]


def get_path(obj, str path, default=None):
    cur = obj
    for part in path.split("."):
        if isinstance(cur, Mapping):
            if part not in cur:
                return default
            cur = cur[part]
        elif isinstance(cur, Sequence) and not isinstance(cur, str) and part.lstrip("-").isdigit():
            idx = int(part)
            if not -len(cur) <= idx < len(cur):
                return default
            cur = cur[idx]
        else:
            cur = getattr(cur, part, default)
            if cur is default:
                return default
    return cur


def is_number(x):
    return isinstance(x, numbers.Number) and not isinstance(x, bool), isinstance(x, numbers.Integral), isinstance(x, numbers.Real)


def normalize(value):
    if isinstance(value, dict):
        return {str(k): normalize(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [normalize(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def type_names(*objs):
    return [type(o).__name__ for o in objs], [type(o) is int for o in objs], [issubclass(type(o), int) for o in objs]


def call_if_callable(f, *args):
    return f(*args) if callable(f) else f


def method_by_name(obj, str name, *args):
    m = getattr(obj, name)
    return m(*args)
