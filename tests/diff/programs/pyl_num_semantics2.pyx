"""Numeric semantics users rely on: Python's division and modulo signs,
powers with negative and float exponents, rounding, float specials, int/float
conversions, with both untyped and C-typed operands."""
import math


def py_divmods(a, b):
    return a / b, a // b, a % b, divmod(a, b)


def c_divmods(long a, long b):
    cdef long q = a // b
    cdef long r = a % b
    return q, r


def c_double_mod(double a, double b):
    return a % b, a // b


def powers(base, exp):
    return base ** exp


def typed_powers(double b, double e):
    return b ** e


def int_pow_typed(long b, long e):
    return b ** e


def mixed_pow(int b, double e):
    return b ** e, e ** b


def roundings(x):
    return round(x), round(x, 1), round(x, -1), int(x), math.floor(x), math.ceil(x), math.trunc(x)


def banker(int n):
    return [round(k + 0.5) for k in range(-n, n)]


def float_specials():
    inf = float("inf")
    nan = float("nan")
    return (inf - inf != inf - inf, nan == nan, nan != nan, inf > 1e308, -inf < -1e308,
            min(1.0, nan), max(nan, 1.0), 1 < nan, math.isnan(inf * 0), 0.0 == -0.0,
            math.copysign(1, -0.0), str(-0.0))


def int_conversions(x):
    return int(x), float(int(x)), bool(x), str(x)


def comparisons(a, b, c):
    return a < b < c, a <= b == c, a < b > c, not a < b, a == b != c


def mixed_types(int i, double d, o):
    return i + d, i / 2, i // 2, d // 2, o + i, i * o, -i % 7, -d % 7


def abs_neg(x):
    return abs(x), -x, +x, abs(-x) == abs(x)


def float_repr(x):
    return repr(x), str(x), f"{x}", float(repr(x)) == x


def hypot_sum(xs):
    cdef double acc = 0
    for x in xs:
        acc += x * x
    return math.sqrt(acc), math.fsum(xs), sum(xs)


def int_limits(n):
    return n.bit_length(), (n).to_bytes(16, "big", signed=True).hex() if -2**127 <= n < 2**127 else None, n == float(n)
