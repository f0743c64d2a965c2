"""C types and C arithmetic, with Cython's rules (cdivision off by default)."""
cimport cython
from libc.stdint cimport int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, uint32_t, uint64_t

ctypedef double real
ctypedef long long i64


def int_div_mod(int a, int b):
    return a // b, a % b


def long_div_mod(long long a, long long b):
    return a // b, a % b


@cython.cdivision(True)
def int_div_mod_cdiv(int a, int b):
    return a // b, a % b


def int_truediv(int a, int b):
    return a / b


def double_ops(double a, double b):
    return a + b, a - b, a * b, a / b


def double_floordiv_mod(double a, double b):
    return a // b, a % b


def double_pow(double a, double b):
    return a ** b


def int_pow(int a, int b):
    return a ** b


def float32_round(float x):
    cdef float y = x
    return y


def float32_arith(float a, float b):
    cdef float c = a * b + a
    return c


def mixed_int_double(int i, double d):
    return i * d, i / d, d / i


def unsigned_wrap(unsigned int a, unsigned int b):
    cdef unsigned int c = a - b
    return c


def uint8_wrap(uint8_t a, uint8_t b):
    cdef uint8_t c = a + b
    return c


def int8_ops(int8_t a, int8_t b):
    cdef int8_t c = a - b
    return c


def int16_mul(int16_t a, int16_t b):
    cdef int16_t c = a * b
    return c


def widths():
    cdef int8_t a = 127
    cdef int16_t b = -32768
    cdef int32_t c = 2147483647
    cdef int64_t d = -9223372036854775807 - 1
    cdef uint8_t e = 255
    cdef uint16_t f = 65535
    cdef uint32_t g = 4294967295
    cdef uint64_t h = 18446744073709551615
    return a, b, c, d, e, f, g, h


def char_types(signed char a, unsigned char b, short c, unsigned short d):
    return a, b, c, d, a + b


def sizes():
    return (sizeof(char), sizeof(short), sizeof(int), sizeof(long long), sizeof(float), sizeof(double),
            sizeof(int8_t), sizeof(uint64_t), sizeof(Py_ssize_t), sizeof(size_t), sizeof(void*))


def casts(double x):
    return <int>x, <long long>x, <float>x, <unsigned char><int>x, <double><int>x


def cast_int_to_double(long long n):
    return <double>n


def bint_ops(bint a, bint b):
    cdef bint c = a and not b
    return c, a or b, a == b


def bint_from(x):
    cdef bint b = x
    return b


def ctypedef_use(real x, i64 n):
    cdef real y = x * n
    cdef i64 m = n * 2
    return y, m


def ssize_size(Py_ssize_t a, size_t b):
    return a + <Py_ssize_t>b, b * 2


def shifts(int a, int b):
    return a << b, a >> b


def bitwise_c(int a, int b):
    return a & b, a | b, a ^ b, ~a


def compare_c(double a, int b):
    return a < b, a == b, a > b, b < a < b + 10


def int_sum_loop(int n):
    cdef long long total = 0
    cdef int i
    for i in range(n):
        total += i * i
    return total


def double_sum_loop(int n):
    cdef double total = 0.0
    cdef int i
    for i in range(1, n + 1):
        total += 1.0 / i
    return total


def abs_c(int a, double b):
    return abs(a), abs(b)


def min_max_c(int a, int b, double c):
    return min(a, b), max(a, b), min(a, c), max(c, b)


def nan_inf():
    cdef double inf = float("inf")
    cdef double nan = inf - inf
    return inf, -inf, nan != nan, inf > 1e308


def neg_zero():
    cdef double z = -0.0
    return z, 0.0 * -1.0, z == 0.0


def ternary_c(int a):
    cdef int r = a * 2 if a > 0 else -a
    return r


def char_literal():
    cdef char c = b'A'
    return c, c + 1


def hex_octal_literals():
    cdef int a = 0xFF
    cdef int b = 0o17
    cdef int c = 0b1010
    cdef long long d = 1_000_000_000_000
    return a, b, c, d


def double_from_int_exact(long long n):
    cdef double d = n
    return d


def c_overflow_unsigned_mul(unsigned long long a):
    cdef unsigned long long r = a * a
    return r


def py_int_times_c(int a, b):
    return a * b
