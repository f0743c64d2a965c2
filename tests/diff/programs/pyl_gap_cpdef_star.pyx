"""Calling cpdef functions with *args / **kwargs (goes through the Python
wrapper in Cython)."""


cpdef long scaled(long v, long k=2):
    return v * k


cpdef double blend(double a, double b, double t=0.5):
    return a + (b - a) * t


def call_star(v, *rest):
    return scaled(v, *rest)


def call_kw(**kw):
    return blend(**kw)


def call_both(args, kw):
    return blend(*args, **kw)


cpdef long plain(long a, long b):
    return a - b


def call_plain(args):
    return plain(*args)
