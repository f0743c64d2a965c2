"""Bit tricks on Python ints and big-integer arithmetic."""


def popcount(n):
    if n < 0:
        raise ValueError("popcount of negative number")
    cdef int count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def bit_reverse(unsigned int x, int bits=32):
    cdef unsigned int r = 0
    cdef int i
    for i in range(bits):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r


def gray_code(int n):
    return [i ^ (i >> 1) for i in range(1 << n)]


def gray_decode(g):
    n = g
    shift = g >> 1
    while shift:
        n ^= shift
        shift >>= 1
    return n


def lowest_set_bit(n):
    return n & -n


def bits_of(n, width=None):
    if width is None:
        width = max(n.bit_length(), 1)
    return [(n >> i) & 1 for i in range(width - 1, -1, -1)]


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative")
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def factorial(int n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def digit_sum(n, base=10):
    n = abs(n)
    total = 0
    while n:
        n, d = divmod(n, base)
        total += d
    return total


def modpow(base, exp, mod):
    return pow(base, exp, mod), pow(base, exp) % mod if exp < 64 else None


def modinv(a, m):
    return pow(a, -1, m)


def shifts(n, int k):
    return n << k, n >> k, -n >> k, (n << k) >> k == n


def bigint_ops(a, b):
    return (a + b, a - b, a * b, a // b, a % b, divmod(a, b), -a // b, -a % b, a ** 2 // b)


def mix_ops(x, y):
    return x & y, x | y, x ^ y, ~x, x & ~y


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def next_power_of_two(n):
    if n <= 1:
        return 1
    return 1 << (n - 1).bit_length()


def int_roundtrip(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "little", signed=True)
    return len(b), int.from_bytes(b, "little", signed=True) == n
