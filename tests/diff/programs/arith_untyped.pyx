"""Untyped arithmetic: Python's exact semantics."""


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def truediv(a, b):
    return a / b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def power(a, b):
    return a ** b


def power3(a, b, m):
    return pow(a, b, m)


def neg(a):
    return -a


def pos(a):
    return +a


def invert(a):
    return ~a


def lshift(a, b):
    return a << b


def rshift(a, b):
    return a >> b


def bitops(a, b):
    return a & b, a | b, a ^ b


def divmod_(a, b):
    return divmod(a, b)


def chained(a, b, c):
    return a < b < c


def chained_mixed(a, b, c):
    return a <= b != c > 0


def compare_all(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def and_or(a, b):
    return (a and b, a or b, not a)


def and_or_chain(a, b, c):
    return a and b or c


def is_none(x):
    return x is None, x is not None


def is_same(a, b):
    return a is b


def contains(x, seq):
    return x in seq, x not in seq


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def big_sum(n):
    total = 0
    for i in range(n):
        total += 2 ** 64 + i
    return total


def mixed_types(i, f):
    return i + f, i * f, i - f, f - i


def int_true_division_exact():
    return 10 ** 30 / 10 ** 15, 1 / 3, 2 ** 1000 // 3 ** 500


def float_mod_signs():
    return (5.5 % 2.0, -5.5 % 2.0, 5.5 % -2.0, -5.5 % -2.0, -0.0 % 1.0, 5.5 // 2.0, -5.5 // 2.0)


def constant_folding():
    return (7 // -2, -7 // 2, 7 % -3, -7 % 3, 2 ** -1, (-8) ** (1 / 3) if False else 0, 10 ** 20)


def complex_arith(a, b):
    return a * b + a / b


def numeric_tower(x):
    return abs(x), -x, x * 2, x // 1 if not isinstance(x, complex) else None


def accumulate(data):
    total = 0
    for x in data:
        total = total + x * x
    return total


def mean(data):
    return sum(data) / len(data)


def poly(x):
    return 3 * x ** 3 - 2 * x ** 2 + x - 7


def inplace_big(a):
    a += 1
    a *= 2 ** 70
    a //= 3
    a %= 10 ** 9 + 7
    return a
