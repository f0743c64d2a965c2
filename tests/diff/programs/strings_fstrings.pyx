"""str/bytes operations, slicing of Python objects, f-strings, formatting."""


def fstring_basic(name, int n, double x):
    return f"{name}: n={n}, x={x}"


def fstring_format_spec(double x, int n):
    return f"{x:.3f}|{x:10.2e}|{n:05d}|{n:>6}|{n:<6}|{n:^7}|{n:x}|{n:#o}|{x:%}"


def fstring_conversions(obj):
    return f"{obj!r} {obj!s} {obj!a}"


def fstring_nested(double x, int width, int prec):
    return f"{x:{width}.{prec}f}"


def fstring_expr(a, b):
    return f"{a + b} {a * 2} {'yes' if a > b else 'no'} {{literal}}"


def fstring_untyped(x):
    return f"[{x}] [{x:>8}]"


def percent_format(x, y):
    return "%s and %r, %5.2f, %d%%" % (x, y, 3.14159, 42)


def format_method(a, b):
    return "{} + {} = {}".format(a, b, a + b), "{1}{0}".format(a, b), "{x:>4}".format(x=a)


def str_methods(str s):
    return (s.upper(), s.lower(), s.strip(), s.split(), s.replace("a", "A"), s.startswith("a"),
            s.endswith("z"), s.find("b"), s.count("a"), s.title(), s.isdigit(), len(s))


def join_split(parts, sep):
    joined = sep.join(parts)
    return joined, joined.split(sep)


def str_slicing(s):
    return s[1:], s[:-1], s[::2], s[::-1], s[1:4:2], s[-3:], s[10:20], s[:0]


def str_slicing_vars(s, start, stop, step):
    return s[start:stop:step]


def str_index(s, int i):
    return s[i]


def str_concat_loop(int n):
    out = ""
    cdef int i
    for i in range(n):
        out += str(i)
    return out


def str_compare(a, b):
    return a == b, a < b, a in b


def bytes_ops(bytes b):
    return b[0], b[1:3], b + b"!", len(b), b.decode("ascii"), b.upper()


def encode_decode(str s):
    return s.encode("utf-8"), s.encode("utf-8").decode("utf-8") == s


def unicode_len(str s):
    return len(s), [ord(c) for c in s]


def chr_ord(int n):
    return chr(n), ord(chr(n))


def str_multiply(str s, int n):
    return s * n


def str_iter_count(str s):
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items())


def repr_of_floats():
    return repr(0.1), str(1e16), str(1e-5), repr(2.5e-300), str(float("inf")), str(-0.0), str(1.0)


def int_str_roundtrip(x):
    return int(str(x)), str(int(x))


def char_ptr_roundtrip(bytes b):
    cdef const char* p = b
    cdef bytes back = p
    return back
