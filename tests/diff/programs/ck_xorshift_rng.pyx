# cython: language_level=3
"""Deterministic pseudo-random generators written in C-level Cython, as in
scikit-learn's _random.pyx: xorshift32/64, splitmix64, a PCG32 state struct,
uniform doubles from the top 53 bits, Fisher-Yates shuffle of a typed view,
Box-Muller normals and reservoir sampling."""
import numpy as np
cimport cython
from libc.stdint cimport uint32_t, uint64_t, int32_t
from libc.math cimport sqrt, log, cos, M_PI

cdef enum:
    RAND_R_MAX = 0x7FFFFFFF

cdef struct Pcg32:
    uint64_t state
    uint64_t inc


cdef inline uint32_t our_rand_r(uint32_t* seed) noexcept nogil:
    """sklearn's xorshift: never returns more than RAND_R_MAX."""
    if seed[0] == 0:
        seed[0] = 1
    seed[0] ^= <uint32_t>(seed[0] << 13)
    seed[0] ^= <uint32_t>(seed[0] >> 17)
    seed[0] ^= <uint32_t>(seed[0] << 5)
    return seed[0] % (<uint32_t>RAND_R_MAX + 1)


cdef inline uint64_t splitmix64(uint64_t* s) noexcept nogil:
    s[0] += 0x9E3779B97F4A7C15ULL
    cdef uint64_t z = s[0]
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL
    return z ^ (z >> 31)


cdef uint32_t pcg32_next(Pcg32* rng) noexcept nogil:
    cdef uint64_t old = rng.state
    rng.state = old * 6364136223846793005ULL + rng.inc
    cdef uint32_t xorshifted = <uint32_t>(((old >> 18) ^ old) >> 27)
    cdef uint32_t rot = <uint32_t>(old >> 59)
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31))


cdef inline double to_unit(uint64_t x) noexcept nogil:
    return (x >> 11) * (1.0 / 9007199254740992.0)


def rand_r_seq(uint32_t seed, int n):
    cdef uint32_t s = seed
    return [our_rand_r(&s) for _ in range(n)], s


def rand_int(uint32_t seed, int32_t end, int n):
    """sklearn's rand_int: values in [0, end)."""
    cdef uint32_t s = seed
    cdef list out = []
    for _ in range(n):
        out.append(our_rand_r(&s) % end)
    return out


def xorshift64star(uint64_t seed, int n):
    cdef uint64_t x = seed
    out = np.empty(n, dtype=np.uint64)
    cdef uint64_t[::1] o = out
    cdef int i
    for i in range(n):
        x ^= x >> 12
        x ^= x << 25
        x ^= x >> 27
        o[i] = x * 0x2545F4914F6CDD1DULL
    return out


def splitmix_uniform(uint64_t seed, Py_ssize_t n):
    cdef uint64_t s = seed
    cdef double[::1] o = np.empty(n)
    cdef Py_ssize_t i
    with nogil:
        for i in range(n):
            o[i] = to_unit(splitmix64(&s))
    return np.asarray(o)


def pcg32(uint64_t seed, uint64_t seq, int n):
    cdef Pcg32 rng
    rng.state = 0
    rng.inc = (seq << 1) | 1
    pcg32_next(&rng)
    rng.state += seed
    pcg32_next(&rng)
    return [pcg32_next(&rng) for _ in range(n)], rng.state


def shuffle_inplace(long[::1] a, uint64_t seed):
    cdef uint64_t s = seed
    cdef Py_ssize_t i, j
    cdef long t
    for i in range(a.shape[0] - 1, 0, -1):
        j = <Py_ssize_t>(splitmix64(&s) % <uint64_t>(i + 1))
        t = a[i]; a[i] = a[j]; a[j] = t
    return a.shape[0]


def box_muller(uint64_t seed, int n):
    cdef uint64_t s = seed
    cdef double u1, u2, r
    out = []
    for _ in range(n):
        u1 = to_unit(splitmix64(&s))
        u2 = to_unit(splitmix64(&s))
        if u1 == 0.0:
            u1 = 1e-300
        r = sqrt(-2.0 * log(u1))
        out.append(r * cos(2.0 * M_PI * u2))
    return out


def reservoir(const int[:] stream, int k, uint64_t seed):
    if k < 0:
        raise ValueError("k must be >= 0")
    cdef int[::1] res = np.zeros(k, dtype=np.intc)
    cdef uint64_t s = seed
    cdef Py_ssize_t i, j
    for i in range(stream.shape[0]):
        if i < k:
            res[i] = stream[i]
        else:
            j = <Py_ssize_t>(splitmix64(&s) % <uint64_t>(i + 1))
            if j < k:
                res[j] = stream[i]
    return np.asarray(res[:min(k, stream.shape[0])]).tolist()


def monte_carlo_pi(uint64_t seed, long n):
    cdef uint64_t s = seed
    cdef long hits = 0, i
    cdef double x, y
    with nogil:
        for i in range(n):
            x = to_unit(splitmix64(&s))
            y = to_unit(splitmix64(&s))
            if x * x + y * y <= 1.0:
                hits += 1
    return hits, 4.0 * hits / n if n > 0 else 0.0
