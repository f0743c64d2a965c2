# cython: language_level=3
"""Bitsets over uint64 words (as in bitarray/roaring-style code and
sklearn's categorical splits): set/test/clear/toggle with word and bit
arithmetic, population counts, union/intersection, iterating set bits with
the lowest-bit trick, and a sieve of Eratosthenes on a malloc'd bitset."""
import numpy as np
from libc.stdint cimport uint64_t
from libc.stdlib cimport calloc, free


cdef inline int _pop(uint64_t x) noexcept nogil:
    cdef int c = 0
    while x:
        x &= x - 1
        c += 1
    return c


cdef inline int _ctz(uint64_t x) noexcept nogil:
    cdef int n = 0
    while not (x & 1):
        x >>= 1
        n += 1
    return n


def build(Py_ssize_t nbits, const long[:] members):
    cdef Py_ssize_t nwords = (nbits + 63) // 64, i
    cdef uint64_t[::1] words = np.zeros(nwords, dtype=np.uint64)
    cdef long m
    for i in range(members.shape[0]):
        m = members[i]
        if m < 0 or m >= nbits:
            raise IndexError("bit %d out of range [0, %d)" % (m, nbits))
        words[m >> 6] |= (<uint64_t>1) << (m & 63)
    return np.asarray(words)


def test_bits(const uint64_t[:] words, const long[:] queries):
    cdef Py_ssize_t i
    cdef long q
    out = []
    for i in range(queries.shape[0]):
        q = queries[i]
        out.append(bool((words[q >> 6] >> (q & 63)) & 1))
    return out


def toggle(uint64_t[:] words, long bit):
    words[bit >> 6] ^= (<uint64_t>1) << (bit & 63)
    return (words[bit >> 6] >> (bit & 63)) & 1


def count(const uint64_t[:] words):
    cdef Py_ssize_t i
    cdef long c = 0
    for i in range(words.shape[0]):
        c += _pop(words[i])
    return c


def members(const uint64_t[:] words):
    cdef Py_ssize_t i
    cdef uint64_t w
    out = []
    for i in range(words.shape[0]):
        w = words[i]
        while w:
            out.append(i * 64 + _ctz(w))
            w &= w - 1
    return out


def combine(const uint64_t[:] a, const uint64_t[:] b, str op):
    if a.shape[0] != b.shape[0]:
        raise ValueError("bitsets differ in size")
    cdef Py_ssize_t i
    cdef uint64_t[::1] out = np.empty(a.shape[0], dtype=np.uint64)
    for i in range(a.shape[0]):
        if op == "and":
            out[i] = a[i] & b[i]
        elif op == "or":
            out[i] = a[i] | b[i]
        elif op == "xor":
            out[i] = a[i] ^ b[i]
        elif op == "andnot":
            out[i] = a[i] & ~b[i]
        else:
            raise ValueError("unknown op %r" % op)
    return np.asarray(out)


def sieve(Py_ssize_t n):
    if n < 2:
        return []
    cdef Py_ssize_t nwords = (n + 64) // 64, i, j
    cdef uint64_t* comp = <uint64_t*>calloc(nwords, sizeof(uint64_t))
    if comp == NULL:
        raise MemoryError()
    i = 2
    while i * i <= n:
        if not (comp[i >> 6] >> (i & 63)) & 1:
            j = i * i
            while j <= n:
                comp[j >> 6] |= (<uint64_t>1) << (j & 63)
                j += i
        i += 1
    primes = [k for k in range(2, n + 1) if not (comp[k >> 6] >> (k & 63)) & 1]
    free(comp)
    return primes
