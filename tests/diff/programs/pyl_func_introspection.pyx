"""Function objects as values: names, qualnames, docstrings, defaults,
keyword defaults, modules, and functions stored in containers."""


def documented(a, b=2, *args, c, d=4, **kw):
    """Short summary.

    Longer description."""
    return a


def plain():
    return 1


def outer():
    def inner():
        """inner doc"""
        return 2
    return inner


def names():
    inner = outer()
    return documented.__name__, documented.__qualname__, inner.__name__, plain.__doc__, inner.__doc__


def nested_qualname():
    return outer().__qualname__


def lambda_name():
    lam = lambda: 0
    return lam.__name__


def doc_lines():
    return documented.__doc__.splitlines()


def kwdefaults():
    return documented.__kwdefaults__, documented.__defaults__, plain.__defaults__


def module_of():
    return documented.__module__, outer().__module__


def dispatch_table():
    table = {"plain": plain, "outer": outer, "len": len}
    return sorted((k, callable(v)) for k, v in table.items()), table["plain"]() + table["outer"]()()


def same_function():
    return plain is plain, outer() is outer(), outer() == outer()


def function_repr_kind():
    r = repr(plain)
    return r.startswith("<cyfunction plain") or r.startswith("<built-in function plain") or r.startswith("<function plain")


def call_with_kwonly():
    return documented(1, c=3), documented(1, 2, 3, c=3, z=1)


def missing_kwonly():
    return documented(1)
