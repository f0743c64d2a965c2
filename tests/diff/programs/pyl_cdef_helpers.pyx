"""A def API over cdef helpers: except -1, except? -1, noexcept, inline,
cpdef, default arguments and Python-object returns."""
from libc.math cimport sqrt


cdef int parse_digit(str ch) except -1:
    if len(ch) != 1 or not "0" <= ch <= "9":
        raise ValueError(f"not a digit: {ch!r}")
    return ord(ch) - 48


cdef long checked_mul(long a, long b) except? -1:
    if b != 0 and abs(a) > 9223372036854775807 // abs(b):
        raise OverflowError("checked_mul overflow")
    return a * b


cdef inline double sq(double x) noexcept:
    return x * x


cdef double norm2(list v) except? -1.0:
    cdef double acc = 0
    for x in v:
        acc += sq(x)
    return sqrt(acc)


cdef object describe(int code, str prefix="E"):
    if code == 0:
        return None
    return f"{prefix}{code:03d}"


cdef bint is_vowel(str c) except -1:
    return c in u"aeiouAEIOU"


cpdef int digit_sum(str s) except -1:
    cdef int total = 0
    for ch in s:
        total += parse_digit(ch)
    return total


cpdef double mean_norm(list vectors):
    if not vectors:
        return 0.0
    cdef double s = 0
    for v in vectors:
        s += norm2(v)
    return s / len(vectors)


def product(values):
    cdef long acc = 1
    for v in values:
        acc = checked_mul(acc, v)
    return acc


def codes(list ints, prefix=None):
    if prefix is None:
        return [describe(i) for i in ints]
    return [describe(i, prefix) for i in ints]


def vowels(str s):
    cdef int n = 0
    for c in s:
        if is_vowel(c):
            n += 1
    return n


def call_cpdefs(str s, list vs):
    return digit_sum(s), mean_norm(vs)


cdef int fails_plain(int x):
    if x < 0:
        raise ValueError("negative")
    return x * 2


def plain_cdef_error(int x):
    return fails_plain(x)


cdef void log_into(list sink, str msg):
    sink.append(msg.upper())


def void_helper(list sink, *msgs):
    for m in msgs:
        log_into(sink, m)
    return sink


cdef tuple minmax(list xs):
    return min(xs), max(xs)


def spread(list xs):
    lo, hi = minmax(xs)
    return hi - lo
