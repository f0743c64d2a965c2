"""cpdef/cdef functions with default arguments called with keywords inside
the module, and cpdef functions called from Python with keywords."""


cpdef double lerp(double a, double b, double t=0.5):
    return a + (b - a) * t


cdef double clamp(double x, double lo=0.0, double hi=1.0):
    return lo if x < lo else hi if x > hi else x


cpdef object label(object value, str prefix="v", int width=0):
    return f"{prefix}{value!s:>{width}}"


cpdef long steps(long n, long step=1):
    cdef long count = 0
    while n > 0:
        n -= step
        count += 1
    return count


def blend(a, b):
    return lerp(a, b), lerp(a, b, t=0.25), lerp(b=b, a=a, t=1.0)


def clamped(values, lo=None):
    if lo is None:
        return [clamp(v) for v in values]
    return [clamp(v, hi=10.0, lo=lo) for v in values]


def labels(values):
    return [label(v, width=4) for v in values] + [label(values, prefix="all=")]


def count_steps(long n):
    return steps(n), steps(n, step=3), steps(step=2, n=n)
