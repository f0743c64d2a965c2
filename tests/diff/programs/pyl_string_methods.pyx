"""String cleanup utilities built from str methods."""

TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slugify(str title):
    s = title.strip().lower().translate(TRANS)
    out = []
    prev_dash = False
    for ch in s:
        if ch.isalnum() and ch.isascii():
            out.append(ch)
            prev_dash = False
        elif not prev_dash and out:
            out.append("-")
            prev_dash = True
    return "".join(out).rstrip("-")


def split_variants(str s):
    return (s.split(), s.split(","), s.split(",", 1), s.rsplit(",", 1), s.partition("="), s.rpartition("="),
            s.splitlines(), s.splitlines(True))


def strip_variants(str s):
    return s.strip(), s.lstrip(" x"), s.rstrip("!"), s.strip("".join(set(s)) if s else "")


def search(str hay, str needle):
    return (hay.find(needle), hay.rfind(needle), hay.count(needle), needle in hay,
            hay.startswith((needle, "x")), hay.endswith(needle), hay.index(needle) if needle in hay else None)


def justify(str s, int w):
    return s.ljust(w, "."), s.rjust(w), s.center(w, "*"), s.zfill(w), s.expandtabs(4)


def case_ops(str s):
    return s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()


def predicates(str s):
    return s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isupper(), s.istitle(), s.isprintable()


def replace_all(str s, dict repl):
    for old, new in sorted(repl.items(), key=lambda kv: -len(kv[0])):
        s = s.replace(old, new)
    return s


def encode_roundtrip(str s, str enc="utf-8", str errors="strict"):
    b = s.encode(enc, errors)
    return b, len(b), b.decode(enc, errors)


def camel_to_snake(str name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper():
            if i and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower())):
                out.append("_")
            out.append(ch.lower())
        else:
            out.append(ch)
    return "".join(out)


def snake_to_camel(str name, bint upper_first=False):
    parts = [p for p in name.split("_") if p]
    if not parts:
        return ""
    head = parts[0].capitalize() if upper_first else parts[0].lower()
    return head + "".join(p.capitalize() for p in parts[1:])


def char_stats(str s):
    cdef int upper = 0, lower = 0, digit = 0, other = 0
    for ch in s:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
        elif ch.isdigit():
            digit += 1
        else:
            other += 1
    return upper, lower, digit, other, [ord(c) for c in s[:3]], "".join(chr(ord(c) + 1) for c in s[:3])


def removeprefix_suffix(str s):
    return s.removeprefix("test_"), s.removesuffix(".py"), s.join(["<", ">"])
