# cython: language_level=3
"""Integer and float semantics as numeric modules meet them: mixed C
widths, unsigned wraparound, casts of doubles, abs/divmod/round/pow,
floor division and modulo of negatives typed and untyped, inf/nan,
min/max with key and default, big Python ints next to C ints."""
from libc.math cimport floor, ceil, fabs, fmod, NAN, INFINITY, isnan, isinf, HUGE_VAL
from libc.stdint cimport int8_t, uint8_t, int16_t, uint16_t, int32_t, uint32_t, int64_t, uint64_t
from libc.limits cimport INT_MAX, INT_MIN, LONG_MAX


def mixed_widths(int8_t a, int16_t b, int32_t c, int64_t d):
    cdef int64_t s = a + b + c + d
    cdef int32_t p = a * b
    return s, p, a * b * c, type(a + b).__name__


def unsigned_mix(unsigned int u, int i):
    cdef unsigned int w = u - 1
    cdef long long m = <long long>u + i
    return w, m, u > i, u + i


def u8_arith(uint8_t a, uint8_t b):
    cdef uint8_t s = a + b
    cdef uint8_t d = a - b
    cdef int widened = a - b
    return s, d, widened, <uint8_t>(a * b)


def u64_wrap(uint64_t a):
    cdef uint64_t z = 0
    return a + 1, z - 1, a * 2, a >> 1, a << 1


def double_to_int_casts(double x):
    return <int>x, <long long>x, int(x), <int>floor(x), <int>ceil(x), round(x)


def round_variants(double x, int nd):
    return round(x), round(x, nd), round(x, -1), round(-x)


def round_untyped(x, nd):
    return round(x, nd)


def divmod_typed(long a, long b):
    return divmod(a, b), a // b, a % b


def divmod_untyped(a, b):
    return divmod(a, b), a // b, a % b


def floordiv_double(double a, double b):
    return a // b, a % b, fmod(a, b), divmod(a, b)


def pow3(a, b, m):
    return pow(a, b, m)


def pow_typed(long long base, int exp):
    return base ** exp


def pow_double_int(double x, int n):
    return x ** n, x ** -n, x ** 0.5


def cast_sign(int x):
    return <unsigned int>x, <unsigned char>x, <signed char>x, <short>x


def abs_variants(int a, long long b, double c, x):
    return abs(a), abs(b), abs(c), abs(x), fabs(c)


def int_min_abs(int a):
    return abs(a)


def inf_nan_handling(double x):
    return isnan(x), isinf(x), x == x, x != x, x > 0, max(x, 0.0), min(x, 0.0)


def float_specials():
    return float("inf"), float("-inf"), float("nan") != float("nan"), INFINITY, -HUGE_VAL, isnan(NAN)


def min_max_key(list xs):
    return min(xs, key=len), max(xs, key=len), min(xs, default="none"), max([], default=-1)


def min_max_typed(int a, int b, int c):
    cdef int lo = min(a, b, c)
    cdef int hi = max(a, b, c)
    return lo, hi, min(a, 2.5), max(b, -1.5)


def big_int_mix(int a, b):
    return a * b, a + b, b // a, b % a, a ** 3, (1 << 70) + a


def int_limits():
    return INT_MAX, INT_MIN, LONG_MAX, INT_MAX + 1, -INT_MIN


def overflow_assign(x):
    cdef int i = x
    return i


def c_int_overflow_mul(int a, int b):
    cdef long long r = <long long>a * b
    return r


def true_div_ints(int a, int b):
    return a / b, <double>a / b, a / 2, 7 / 2


def truediv_zero(double a, double b):
    return a / b


def mod_zero(int a, int b):
    return a % b


def float_mod_neg(double a, double b):
    return a % b, -a % b, a % -b


def int_float_compare(long long a, double b):
    return a == b, a < b, a > b


def hash_of_numbers(x):
    return hash(x) == hash(float(x)), hash(-1)


def sum_float_int(list xs):
    cdef double s = 0
    cdef long n = 0
    for x in xs:
        s += x
        n += 1
    return s, n, s / n if n else 0.0


def py_int_accumulate(int n):
    total = 0
    cdef int i
    for i in range(n):
        total += i * i * i
    return total


def ssize_negative_index(list xs, Py_ssize_t i):
    cdef Py_ssize_t n = len(xs)
    if i < 0:
        i += n
    return xs[i]


def bool_arith(bint a, bint b):
    return a + b, a * 5, -a, a & b, a | b, a ^ b, not a


def char_arith(char c):
    return c + 1, c * 2, <unsigned char>c


def int_from_str(str s, int base):
    return int(s, base)


def float_from_str(str s):
    return float(s)


def floor_ceil_mixed(double x):
    cdef long f = <long>floor(x)
    cdef long c = <long>ceil(x)
    return f, c, f // 2, c % 3


def inplace_ops_c(int a, int b):
    cdef int x = a
    x += b
    x *= 2
    x //= 3
    x %= 7
    x -= 1
    x <<= 2
    x >>= 1
    x |= 1
    x &= 0xFF
    x ^= 0x0F
    return x


def inplace_ops_double(double a, double b):
    cdef double x = a
    x += b
    x *= 2
    x /= 3
    x -= 1
    x **= 2
    x //= 0.5
    x %= 7
    return x
