"""Less common formatting: f-string `=` specifier, !a/!r/!s conversions,
nested format specs, format_map, %-formatting with dicts, str.format
attribute and index access."""


def debug_eq(x, y):
    return f"{x=}", f"{x + y = }", f"{x=!s}", f"{y=:>6}"


def conversions(obj):
    return f"{obj!r}|{obj!s}|{obj!a}"


def nested_spec(value, int width, int prec):
    return f"{value:{width}.{prec}f}", f"{value:>{width}}", f"{value:{'+' if value >= 0 else ''}.{prec}e}"


def format_map_report(dict data):
    return "{name} has {count:03d} items worth {total:,.2f}".format_map(data)


def percent_dict(dict data):
    return "%(name)s: %(count)5d / %(ratio).1f%%" % data


def format_index_attr(seq, obj):
    return "{0[1]} {0[-1]!r} {1.real} {1.imag}".format(seq, obj) if False else "{0[1]} {1.real} {1.imag}".format(seq, obj)


def multiline(str name, items):
    lines = [f"Report for {name!r}:"]
    for i, (k, v) in enumerate(items, 1):
        lines.append(f"  {i:>2}. {k:<8}{v:>8.3f}")
    lines.append(f"{'total':>12}{sum(v for _, v in items):>10.3f}")
    return "\n".join(lines)


def percent_tuple(*args):
    return "%s-%r-%d-%x-%o-%e-%g-%c" % args


def fstring_in_loop(int n):
    out = []
    for i in range(n):
        out.append(f"{i}{'!' * i}{i ** 2:#x}")
    return out


def bytes_format(bytes b, int n):
    return b"%s:%d" % (b, n), b"%05.1f" % (n / 3)


def datelike(int y, int m, int d):
    return f"{y:04}-{m:02}-{d:02}", "{:04}/{:02}/{:02}".format(y, m, d), "%04d.%02d.%02d" % (y, m, d)


def sign_options(x):
    return f"{x:+}", f"{x:-}", f"{x: }", f"{x:=+8}", f"{x:_}" if isinstance(x, int) else f"{x:,.1f}"
