"""URL and query-string handling written by hand (percent-decoding,
splitting, building), as a web-facing extension module might."""

SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def quote(str s, str safe="/"):
    out = []
    for ch in s:
        if ch in SAFE or ch in safe:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def unquote(str s, bint plus=False):
    if plus:
        s = s.replace("+", " ")
    raw = bytearray()
    cdef Py_ssize_t i = 0, n = len(s)
    while i < n:
        ch = s[i]
        if ch == "%" and i + 2 < n + 0 and all(c in "0123456789abcdefABCDEF" for c in s[i + 1:i + 3]) and len(s[i + 1:i + 3]) == 2:
            raw.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            raw += ch.encode("utf-8")
            i += 1
    return raw.decode("utf-8", "replace")


def parse_qs(str query):
    result = {}
    for part in query.split("&"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        result.setdefault(unquote(key, True), []).append(unquote(value, True) if sep else "")
    return result


def urlencode(dict params):
    parts = []
    for key in sorted(params):
        values = params[key]
        if not isinstance(values, (list, tuple)):
            values = [values]
        for v in values:
            parts.append(quote(str(key), "") + "=" + quote(str(v), "").replace("%20", "+"))
    return "&".join(parts)


def split_url(str url):
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError(f"no scheme in {url!r}")
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    host, colon, port = netloc.rpartition(":") if ":" in netloc else (netloc, "", "")
    if colon:
        if not port.isdigit():
            raise ValueError(f"bad port {port!r}")
        port = int(port)
    else:
        port = {"http": 80, "https": 443}.get(scheme.lower())
    return {"scheme": scheme.lower(), "host": host.lower(), "port": port, "path": slash + path or "/",
            "query": parse_qs(query), "fragment": fragment}


def join_path(str base, *parts):
    segs = [s for s in base.split("/") if s]
    for p in parts:
        for s in p.split("/"):
            if s == "..":
                if segs:
                    segs.pop()
            elif s and s != ".":
                segs.append(s)
    return "/" + "/".join(segs)


def roundtrip(str s):
    return unquote(quote(s, "")) == s
