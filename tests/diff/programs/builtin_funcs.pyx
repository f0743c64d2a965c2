"""The common builtins."""


def b_len(x):
    return len(x)


def b_abs(x):
    return abs(x)


def b_min_max(xs):
    return min(xs), max(xs)


def b_min_max_args(a, b, c):
    return min(a, b, c), max(a, b, c), min(a, b, key=abs)


def b_sum(xs, start=0):
    return sum(xs, start)


def b_any_all(xs):
    return any(xs), all(xs)


def b_isinstance(x):
    return isinstance(x, int), isinstance(x, (float, str)), isinstance(x, list)


def b_int(x):
    return int(x)


def b_int_base(s, base):
    return int(s, base)


def b_float(x):
    return float(x)


def b_bool(x):
    return bool(x)


def b_str(x):
    return str(x)


def b_conversions(x):
    return list(x), tuple(x), set(x) if x else set(), dict.fromkeys(x)


def b_dict(pairs):
    return dict(pairs)


def b_enumerate(xs):
    return list(enumerate(xs)), list(enumerate(xs, 10))


def b_zip(a, b):
    return list(zip(a, b))


def b_sorted(xs):
    return sorted(xs), sorted(xs, reverse=True)


def b_reversed(xs):
    return list(reversed(xs))


def b_round(x):
    return round(x), round(x, 2), round(x, -1)


def b_divmod(a, b):
    return divmod(a, b)


def b_pow(a, b):
    return pow(a, b)


def b_hasattr_getattr(obj, name):
    return hasattr(obj, name), getattr(obj, name, "default")


def b_getattr_missing(obj, name):
    return getattr(obj, name)


def b_range_obj(int n):
    r = range(n)
    return len(r), list(r[1:3]), r[-1] if n else None


def b_print(x):
    print(x, "and", x, sep="|", end="!\n")
    return None


def b_type_name(x):
    return type(x).__name__


def b_map_filter(xs):
    return list(map(abs, xs)), list(filter(None, xs))


def b_id_hash(x):
    return hash(x) == hash(x), id(x) == id(x)


def b_chr_ord_hex(int n):
    return hex(n), oct(n), bin(n)


def b_iter_next(xs):
    it = iter(xs)
    return next(it), next(it, "end")


def b_max_typed(int a, int b):
    cdef int m = max(a, b)
    cdef int n = min(a, b)
    return m, n


def b_abs_typed(double x, long long n):
    return abs(x), abs(n)


def b_len_typed(list xs):
    cdef Py_ssize_t n = len(xs)
    return n


def b_sum_range(int n):
    return sum(range(n))


def b_round_half_even():
    return round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2)
