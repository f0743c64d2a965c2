"""Number theory helpers: sieve on a bytearray, factorization, gcd/lcm,
totient, Miller-Rabin on Python ints."""
from math import gcd


def sieve(int n):
    if n < 2:
        return []
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    cdef Py_ssize_t i, j
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = 0
        i += 1
    return [k for k in range(n + 1) if flags[k]]


def factorize(n):
    if n < 1:
        raise ValueError(f"cannot factor {n}")
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


def lcm_all(*nums):
    out = 1
    for x in nums:
        out = out * x // gcd(out, x)
    return out


def ext_gcd(a, b):
    old_r, r = a, b
    old_s, s = 1, 0
    old_t, t = 0, 1
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
        old_t, t = t, old_t - q * t
    return old_r, old_s, old_t


def is_probable_prime(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n += 1
    while not is_probable_prime(n):
        n += 1
    return n


def goldbach(int n):
    if n < 4 or n % 2:
        raise ValueError("need an even number >= 4")
    ps = set(sieve(n))
    for p in sorted(ps):
        if n - p in ps:
            return p, n - p
    return None


def divisors(int n):
    small, large = [], []
    cdef int i = 1
    while i * i <= n:
        if n % i == 0:
            small.append(i)
            if i * i != n:
                large.append(n // i)
        i += 1
    return small + large[::-1]


def perfect_numbers(int limit):
    return [n for n in range(2, limit) if sum(divisors(n)[:-1]) == n]


def crt(remainders, moduli):
    x, m = 0, 1
    for r, mi in zip(remainders, moduli):
        g, p, _ = ext_gcd(m, mi)
        if (r - x) % g:
            raise ValueError("no solution")
        x += m * ((r - x) // g * p % (mi // g))
        m = m * mi // g
        x %= m
    return x, m
