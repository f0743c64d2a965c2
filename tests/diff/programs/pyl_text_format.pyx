"""Report formatting with f-strings, format specs and str methods."""

WIDTH = 40
SEP = "-" * WIDTH


def money(amount, str currency="$"):
    sign = "-" if amount < 0 else ""
    return f"{sign}{currency}{abs(amount):,.2f}"


def percent(part, whole):
    if whole == 0:
        return "n/a"
    return f"{part / whole:.1%}"


def table(rows, headers):
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(str(cell)))
    def fmt(cells):
        parts = []
        for w, c in zip(widths, cells):
            if isinstance(c, (int, float)) and not isinstance(c, bool):
                parts.append(f"{c:>{w}}")
            else:
                parts.append(f"{str(c):<{w}}")
        return " | ".join(parts).rstrip()
    lines = [fmt(headers), "-+-".join("-" * w for w in widths)]
    lines.extend(fmt(r) for r in rows)
    return "\n".join(lines)


def specs(x):
    return [
        f"{x:d}" if isinstance(x, int) else f"{x:f}",
        f"{x:08.3f}",
        f"{x:+.2e}",
        f"{x:^12}",
        f"{x!r:>10}",
        f"{x:g}",
        format(x, "_") if isinstance(x, int) else format(x, ".3g"),
    ]


def int_bases(int n):
    return f"{n:b}|{n:o}|{n:x}|{n:X}|{n:#x}|{n:#010b}"


def bigint_bases(n):
    return f"{n:x}", f"{n:,}", "%d" % n, "%x" % n, len(str(n))


def percent_format(name, value, count):
    return "%-10s|%8.3f|%05d|%s|%r" % (name, value, count, name, name)


def wrap(str text, int width):
    if width <= 0:
        raise ValueError(f"width must be positive: {width}")
    lines = []
    line = ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def banner(title, fill="=", width=WIDTH):
    return f"{' ' + title + ' ':{fill}^{width}}"


def nested_fields(d):
    return f"{d['name']!s:>8}:{d['score']:6.2f} ({d.get('note', '-')})"


def align_numbers(values):
    w = max([len(f"{v:.2f}") for v in values], default=0)
    return [f"{v:{w}.2f}" for v in values]


def escape_braces(x):
    return f"{{{x}}}", f"{{x}}", "{}-{{}}".format(x)


def fmt_method(*args, **kw):
    return "{0}/{1}/{name}".format(*args, **kw), "{:>5}|{:<5}|".format(*args[:2])
