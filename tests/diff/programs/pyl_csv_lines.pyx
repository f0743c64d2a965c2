"""CSV-ish line parsing with quoting, typed columns and error reporting."""

DELIM = ","
QUOTE = '"'


CONVERTERS = {"int": int, "float": float, "str": str, "bool": lambda s: s.strip().lower() in ("1", "true", "yes")}


def split_line(str line, str delim=DELIM):
    fields = []
    cur = []
    cdef bint in_quotes = False
    cdef Py_ssize_t i = 0, n = len(line)
    while i < n:
        ch = line[i]
        if in_quotes:
            if ch == QUOTE:
                if i + 1 < n and line[i + 1] == QUOTE:
                    cur.append(QUOTE)
                    i += 1
                else:
                    in_quotes = False
            else:
                cur.append(ch)
        elif ch == QUOTE:
            in_quotes = True
        elif line.startswith(delim, i):
            fields.append("".join(cur))
            cur = []
            i += len(delim) - 1
        else:
            cur.append(ch)
        i += 1
    if in_quotes:
        raise ValueError(f"unterminated quote in {line!r}")
    fields.append("".join(cur))
    return fields


def parse_table(text, schema):
    """Header line + rows; each column converted by its schema type."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return []
    header = [h.strip() for h in split_line(lines[0])]
    rows = []
    for lineno, line in enumerate(lines[1:], start=2):
        values = split_line(line)
        if len(values) != len(header):
            raise ValueError("line %d: expected %d fields, got %d" % (lineno, len(header), len(values)))
        row = {}
        for name, raw in zip(header, values):
            kind = schema.get(name, "str")
            try:
                row[name] = CONVERTERS[kind](raw.strip())
            except ValueError as e:
                raise ValueError(f"line {lineno}, column {name!r}: {e}") from None
        rows.append(row)
    return rows


def column(rows, name, default=None):
    return [r.get(name, default) for r in rows]


def group_sum(rows, key, value):
    totals = {}
    for r in rows:
        totals[r[key]] = totals.get(r[key], 0) + r[value]
    return totals


def join_line(fields, str delim=DELIM):
    out = []
    for f in fields:
        s = str(f)
        if delim in s or QUOTE in s or "\n" in s:
            s = QUOTE + s.replace(QUOTE, QUOTE * 2) + QUOTE
        out.append(s)
    return delim.join(out)


def roundtrip(fields):
    return split_line(join_line(fields)) == [str(f) for f in fields]


def sniff_delimiter(str sample):
    best = None
    cdef int best_score = -1
    for d in (",", ";", "\t", "|"):
        counts = [ln.count(d) for ln in sample.splitlines() if ln]
        if not counts or counts[0] == 0:
            continue
        score = counts[0] * 10 if all(c == counts[0] for c in counts) else counts[0]
        if score > best_score:
            best, best_score = d, score
    return best


def to_records(text, *, types=None, **renames):
    types = types or {}
    rows = parse_table(text, types)
    return [{renames.get(k, k): v for k, v in r.items()} for r in rows]
