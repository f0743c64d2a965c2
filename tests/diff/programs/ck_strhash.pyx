# cython: language_level=3
"""String hashing over byte buffers, in the style of pandas' khash
wrappers and parsers: FNV-1a (32 and 64 bit), djb2 over ``char *``,
MurmurHash3's 32-bit finaliser, a CRC-32 table in a module-level C array,
Rabin-Karp substring search with a rolling hash, and Adler-32."""
from libc.stdint cimport uint8_t, uint32_t, uint64_t
from libc.string cimport strlen, memcmp

cdef uint32_t CRC_TABLE[256]
cdef bint crc_ready = False


cdef void _build_crc() noexcept:
    global crc_ready
    cdef uint32_t c
    cdef int n, k
    for n in range(256):
        c = <uint32_t>n
        for k in range(8):
            if c & 1:
                c = 0xEDB88320u ^ (c >> 1)
            else:
                c = c >> 1
        CRC_TABLE[n] = c
    crc_ready = True


def fnv1a_32(const unsigned char[:] data):
    cdef uint32_t h = 2166136261u
    cdef Py_ssize_t i
    for i in range(data.shape[0]):
        h ^= data[i]
        h *= 16777619u
    return h


def fnv1a_64(const uint8_t[::1] data):
    cdef uint64_t h = 14695981039346656037ULL
    cdef Py_ssize_t i
    with nogil:
        for i in range(data.shape[0]):
            h = (h ^ data[i]) * 1099511628211ULL
    return h


cdef unsigned long _djb2(const char* s) noexcept:
    cdef unsigned long h = 5381
    cdef int c
    while s[0]:
        c = <unsigned char>s[0]
        h = ((h << 5) + h) + c
        s += 1
    return h & 0xFFFFFFFFUL


def djb2(bytes s):
    return _djb2(s)


def murmur_fmix32(uint32_t h):
    h ^= h >> 16
    h *= 0x85EBCA6Bu
    h ^= h >> 13
    h *= 0xC2B2AE35u
    h ^= h >> 16
    return h


def crc32(const unsigned char[:] data, uint32_t crc=0):
    if not crc_ready:
        _build_crc()
    cdef Py_ssize_t i
    crc = crc ^ 0xFFFFFFFFu
    for i in range(data.shape[0]):
        crc = CRC_TABLE[(crc ^ data[i]) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFFu


def adler32(const unsigned char[:] data):
    cdef uint32_t a = 1, b = 0
    cdef Py_ssize_t i
    for i in range(data.shape[0]):
        a = (a + data[i]) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def rabin_karp(bytes text, bytes pat):
    """All start offsets of ``pat`` in ``text``."""
    cdef const unsigned char* t = text
    cdef const unsigned char* p = pat
    cdef Py_ssize_t n = len(text), m = len(pat), i
    cdef uint64_t B = 257, M = 1000000007, hp = 0, ht = 0, power = 1
    cdef list out = []
    if m == 0 or m > n:
        return out
    for i in range(m):
        hp = (hp * B + p[i]) % M
        ht = (ht * B + t[i]) % M
        if i:
            power = (power * B) % M
    for i in range(n - m + 1):
        if hp == ht and memcmp(t + i, p, m) == 0:
            out.append(i)
        if i + m < n:
            ht = (ht + M - (t[i] * power) % M) % M
            ht = (ht * B + t[i + m]) % M
    return out


def hash_column(list values):
    """Hash every bytes/str value (str encoded as UTF-8) with FNV-1a 32."""
    cdef list out = []
    cdef bytes b
    for v in values:
        if isinstance(v, str):
            b = (<str>v).encode("utf-8")
        else:
            b = v
        out.append(fnv1a_32(b))
    return out


def c_strlen(bytes s):
    cdef const char* p = s
    return strlen(p), len(s)


def bucket_counts(list keys, unsigned int nbuckets):
    if nbuckets == 0:
        raise ZeroDivisionError("nbuckets must be positive")
    counts = [0] * nbuckets
    cdef bytes k
    for k in keys:
        counts[_djb2(k) % nbuckets] += 1
    return counts
