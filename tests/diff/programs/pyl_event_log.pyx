"""Log processing: parse timestamped lines, aggregate per level and per
minute, find bursts, summarize sessions."""

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_LEVEL_RANK = {name: i for i, name in enumerate(LEVELS)}


def parse_line(str line):
    """'HH:MM:SS LEVEL [component] message' -> tuple."""
    try:
        stamp, level, rest = line.split(" ", 2)
    except ValueError:
        raise ValueError(f"malformed line: {line!r}") from None
    h, m, s = map(int, stamp.split(":"))
    if not (0 <= h < 24 and 0 <= m < 60 and 0 <= s < 60):
        raise ValueError(f"bad time {stamp}")
    if level not in _LEVEL_RANK:
        raise ValueError(f"unknown level {level}")
    comp = None
    if rest.startswith("["):
        end = rest.find("]")
        if end < 0:
            raise ValueError("unclosed component")
        comp, rest = rest[1:end], rest[end + 1:].lstrip()
    return h * 3600 + m * 60 + s, level, comp, rest


def parse_all(str text, bint strict=True):
    events = []
    bad = 0
    for raw in text.splitlines():
        if not raw.strip():
            continue
        try:
            events.append(parse_line(raw))
        except ValueError:
            if strict:
                raise
            bad += 1
    return events, bad


def count_levels(str text, str min_level="DEBUG"):
    threshold = _LEVEL_RANK[min_level]
    counts = dict.fromkeys(LEVELS[threshold:], 0)
    for t, level, comp, msg in parse_all(text, False)[0]:
        if _LEVEL_RANK[level] >= threshold:
            counts[level] += 1
    return counts


def per_minute(str text):
    buckets = {}
    for t, level, comp, msg in parse_all(text, False)[0]:
        key = f"{t // 3600:02d}:{t // 60 % 60:02d}"
        buckets[key] = buckets.get(key, 0) + 1
    return sorted(buckets.items())


def bursts(str text, int window, int threshold):
    times = sorted(e[0] for e in parse_all(text, False)[0] if e[1] in ("ERROR", "CRITICAL"))
    out = []
    cdef Py_ssize_t lo = 0, hi
    for hi in range(len(times)):
        while times[hi] - times[lo] > window:
            lo += 1
        if hi - lo + 1 >= threshold and (not out or out[-1][1] < times[lo]):
            out.append((times[lo], times[hi]))
        elif out and hi - lo + 1 >= threshold:
            out[-1] = (out[-1][0], times[hi])
    return out


def components(str text):
    comps = {}
    for t, level, comp, msg in parse_all(text, False)[0]:
        entry = comps.setdefault(comp or "-", {"n": 0, "worst": "DEBUG", "first": t})
        entry["n"] += 1
        if _LEVEL_RANK[level] > _LEVEL_RANK[entry["worst"]]:
            entry["worst"] = level
        entry["first"] = min(entry["first"], t)
    return comps


def top_messages(str text, int k=2):
    counts = {}
    for e in parse_all(text, False)[0]:
        words = e[3].split()
        key = " ".join(w for w in words if not any(ch.isdigit() for ch in w))
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
