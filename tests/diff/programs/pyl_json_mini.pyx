"""A small recursive-descent JSON reader and writer (subset: no exponents
in output, \\uXXXX escapes supported)."""

ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
WS = " \t\r\n"


cdef Py_ssize_t skip_ws(str s, Py_ssize_t i):
    while i < len(s) and s[i] in WS:
        i += 1
    return i


def _value(str s, Py_ssize_t i):
    i = skip_ws(s, i)
    if i >= len(s):
        raise ValueError("unexpected end of input")
    ch = s[i]
    if ch == "{":
        return _object(s, i + 1)
    if ch == "[":
        return _array(s, i + 1)
    if ch == '"':
        return _string(s, i + 1)
    if s.startswith("true", i):
        return True, i + 4
    if s.startswith("false", i):
        return False, i + 5
    if s.startswith("null", i):
        return None, i + 4
    return _number(s, i)


def _number(str s, Py_ssize_t i):
    cdef Py_ssize_t start = i
    while i < len(s) and (s[i].isdigit() or s[i] in "+-.eE"):
        i += 1
    text = s[start:i]
    if not text:
        raise ValueError(f"unexpected {s[start]!r} at {start}")
    try:
        if any(c in text for c in ".eE"):
            return float(text), i
        return int(text), i
    except ValueError:
        raise ValueError(f"bad number {text!r} at {start}") from None


def _string(str s, Py_ssize_t i):
    out = []
    while True:
        if i >= len(s):
            raise ValueError("unterminated string")
        ch = s[i]
        if ch == '"':
            return "".join(out), i + 1
        if ch == "\\":
            esc = s[i + 1:i + 2]
            if esc == "u":
                out.append(chr(int(s[i + 2:i + 6], 16)))
                i += 6
                continue
            if esc not in ESCAPES:
                raise ValueError(f"bad escape \\{esc} at {i}")
            out.append(ESCAPES[esc])
            i += 2
        else:
            out.append(ch)
            i += 1


def _array(str s, Py_ssize_t i):
    items = []
    i = skip_ws(s, i)
    if i < len(s) and s[i] == "]":
        return items, i + 1
    while True:
        v, i = _value(s, i)
        items.append(v)
        i = skip_ws(s, i)
        if i < len(s) and s[i] == ",":
            i += 1
        elif i < len(s) and s[i] == "]":
            return items, i + 1
        else:
            raise ValueError(f"expected ',' or ']' at {i}")


def _object(str s, Py_ssize_t i):
    obj = {}
    i = skip_ws(s, i)
    if i < len(s) and s[i] == "}":
        return obj, i + 1
    while True:
        i = skip_ws(s, i)
        if i >= len(s) or s[i] != '"':
            raise ValueError(f"expected key at {i}")
        key, i = _string(s, i + 1)
        i = skip_ws(s, i)
        if i >= len(s) or s[i] != ":":
            raise ValueError(f"expected ':' at {i}")
        obj[key], i = _value(s, i + 1)
        i = skip_ws(s, i)
        if i < len(s) and s[i] == ",":
            i += 1
        elif i < len(s) and s[i] == "}":
            return obj, i + 1
        else:
            raise ValueError(f"expected ',' or '}}' at {i}")


def loads(str s):
    value, end = _value(s, 0)
    end = skip_ws(s, end)
    if end != len(s):
        raise ValueError(f"extra data at {end}")
    return value


def dumps(obj, int indent=0, int _level=0):
    pad = " " * (indent * (_level + 1)) if indent else ""
    nl = "\n" if indent else ""
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float: {obj}")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = ("," + nl).join(pad + dumps(v, indent, _level + 1) for v in obj)
        return "[" + nl + inner + nl + (" " * indent * _level) + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        parts = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(pad + dumps(k) + ": " + dumps(v, indent, _level + 1))
        return "{" + nl + ("," + nl).join(parts) + nl + (" " * indent * _level) + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def roundtrip(obj):
    return loads(dumps(obj)) == obj
