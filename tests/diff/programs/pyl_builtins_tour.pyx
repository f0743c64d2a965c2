"""Builtins as utility code uses them: iter with a sentinel, next with a
default, map/filter/zip variants, min/max with key and default, sorted,
reversed, enumerate start, sum start, round, pow, divmod, chr/ord, bin/hex."""
import io


def read_chunks(str text, size):
    f = io.StringIO(text)
    return list(iter(lambda: f.read(size), ""))


def first_or(seq, default=None):
    return next(iter(seq), default)


def next_n(seq, int n):
    it = iter(seq)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out


def map_variants(a, b):
    return list(map(max, a, b)), list(map(str, a)), list(filter(None, a)), list(filter(lambda v: v > 1, b))


def zip_variants(a, b):
    return list(zip(a, b)), list(zip(*[a, b])), dict(zip(a, b)), list(zip(a, b, strict=True)) if len(a) == len(b) else None


def zip_strict(a, b):
    return list(zip(a, b, strict=True))


def min_max_key(words):
    return (min(words, key=len, default=None), max(words, key=len, default=None),
            min(words, default="-"), max(words, key=lambda w: (len(w), w), default=""))


def min_max_multi(*args):
    return min(*args), max(*args)


def sorted_variants(xs):
    return sorted(xs), sorted(xs, reverse=True), sorted(xs, key=abs), sorted(xs, key=lambda v: (v % 3, -v))


def reversed_variants(seq):
    return list(reversed(seq)), list(reversed(range(len(seq)))), list(reversed(dict.fromkeys(seq)))


def enum_sum(xs, start):
    return list(enumerate(xs, start)), sum(xs, start), sum([[x] for x in xs], [])


def round_variants(x):
    return round(x), round(x, 2), round(x, -2), round(-x), type(round(x)).__name__, type(round(x, 0)).__name__


def pow_variants(a, b, m):
    return pow(a, b), pow(a, b, m), pow(a, -1, m) if b < 0 else None


def divmod_variants(a, b):
    return divmod(a, b), divmod(-a, b), divmod(a, -b), divmod(float(a), b)


def char_codes(str s):
    return [ord(c) for c in s], "".join(chr(ord(c) ^ 32) if c.isalpha() and c.isascii() else c for c in s), [hex(ord(c)) for c in s]


def num_strings(n):
    return bin(n), oct(n), hex(n), int(bin(n), 0), int(hex(n), 16), format(n, "b")


def any_all(xs):
    return any(xs), all(xs), any(x > 2 for x in xs), all(x > 0 for x in xs), any([]), all([])


def abs_len_bool(x):
    return abs(x), len(str(x)), bool(x), int(bool(x)), float(x), str(x), repr(x)


def container_ctors(xs):
    return list(xs), tuple(xs), set(xs), frozenset(xs), dict.fromkeys(xs, 0), list(enumerate(xs))


def dict_ctor(pairs, **kw):
    return dict(pairs, **kw)


def getattr_builtin(obj, str name, default=None):
    return getattr(obj, name, default), hasattr(obj, name)


def isinstance_nested(x):
    return isinstance(x, (int, (float, (str,)))), isinstance(x, (bool,))


def callable_range(int a, int b, int c):
    r = range(a, b, c)
    return list(r), len(r), (r[1] if len(r) > 1 else None), r.count(a), (a + c) in r, r.index(a) if a in r else -1
