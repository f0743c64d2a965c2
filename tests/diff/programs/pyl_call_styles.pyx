"""Function signatures and call styles: defaults, keyword-only, *args,
**kwargs forwarding, option dicts."""


def connect(host, port=5432, *, timeout=10.0, retries=3, **options):
    opts = ",".join(f"{k}={options[k]}" for k in sorted(options))
    return f"{host}:{port} t={timeout} r={retries} [{opts}]"


def forward(*args, **kwargs):
    return connect(*args, **kwargs)


def with_defaults(a, b=[], c=None):
    b.append(a)
    if c is None:
        c = {}
    c[a] = len(b)
    return len(b), c


def positional_only_style(a, b, /, c, *, d):
    return (a, b, c, d)


def varargs_sum(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total


def kwargs_only(**kw):
    return sorted(kw.items())


def apply(f_name, *args, **kw):
    funcs = {"max": max, "min": min, "sorted": sorted, "round": round, "pow": pow, "int": int}
    return funcs[f_name](*args, **kw)


def typed_args(int n, double x=1.5, str tag="t", list items=None):
    if items is None:
        items = []
    return n * x, tag * n, len(items)


cpdef long scaled(long v, long k=2):
    return v * k


def call_cpdef(v, k=None):
    return scaled(v) if k is None else scaled(v, k)


def builder(**fields):
    def build(**override):
        merged = dict(fields)
        merged.update(override)
        return merged
    return build(extra=True, **{k: v for k, v in fields.items() if k != "skip"})


def arg_count(*a, **k):
    return len(a), len(k)


def defaults_introspect():
    return connect.__defaults__ if hasattr(connect, "__defaults__") else None, typed_args.__name__


def none_args(list items=None, dict opts=None, str s=None):
    return items is None, opts is None, s is None
