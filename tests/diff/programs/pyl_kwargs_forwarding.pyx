"""Keyword-argument plumbing in wrapper/config code: merging option dicts
into calls, duplicate keys, non-string keys, positional/keyword clashes,
and closures created in loops."""


def _target(a=None, b=None, **rest):
    return a, b, sorted(rest.items())


def merge_call(dict base, dict override):
    return _target(**base, **override)


def merge_dict_first(dict base, dict override):
    return _target(**{**base, **override})


def explicit_and_star(dict opts):
    return _target(a=1, **opts)


def positional_and_star(dict opts):
    return _target(1, **opts)


def nonstr_keys(dict opts):
    return _target(**opts)


def forward_all(*args, **kwargs):
    return _target(*args, **kwargs)


def defaults_chain(**overrides):
    defaults = {"a": 0, "b": "x", "c": None}
    unknown = [k for k in overrides if k not in defaults]
    if unknown:
        raise TypeError(f"unexpected options: {', '.join(sorted(unknown))}")
    cfg = dict(defaults)
    cfg.update(overrides)
    return _target(**cfg)


def loop_closures(int n):
    fs = []
    for i in range(n):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]


def loop_closures_bound(n):
    fs = []
    for i in range(n):
        def f(i=i):
            return i * 10
        fs.append(f)
    return [f() for f in fs]


def star_for(rows):
    out = []
    for first, *rest in rows:
        out.append((first, rest))
    return out


def dstar_any(x):
    return _target(**x)


def star_any(x):
    return _target(*x)
