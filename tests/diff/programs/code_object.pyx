# cython: language_level=3
"""What a def function's __code__ reports: the names and counts that
inspect.signature reads, the first line (a decorator's, when there is one),
and a bytecode of zeros, by which profilers tell compiled functions from
Python ones."""


def deco(f):
    return f


@deco
def decorated(a, b=1, *args, c, **kw):
    return a


def plain(x, /, y):
    return x


lam = lambda q: q


def facts(f):
    c = f.__code__
    return (
        c.co_name,
        c.co_firstlineno,
        c.co_argcount,
        c.co_posonlyargcount,
        c.co_kwonlyargcount,
        c.co_varnames,
        c.co_flags & 0x0c,
        len(c.co_code) > 0 and not any(c.co_code),
    )


def decorated_facts():
    return facts(decorated)


def plain_facts():
    return facts(plain)


def lambda_facts():
    return facts(lam)
