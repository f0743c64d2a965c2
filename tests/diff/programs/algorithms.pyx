# cython: language_level=3
"""Classic algorithms as they appear in real Cython extensions: edit
distance with a malloc'd row, MurmurHash3 on uint32 arithmetic, a bloom
filter over a bytearray, run-length encoding, LCS on a 2-D int view,
union-find on int arrays, Dijkstra with heapq, topological sort, KMP."""
import heapq
import numpy as np
from libc.stdlib cimport malloc, free
from libc.stdint cimport uint32_t, uint8_t, int32_t


def levenshtein(str a, str b):
    cdef Py_ssize_t n = len(a), m = len(b), i, j
    cdef int* prev = <int*>malloc((m + 1) * sizeof(int))
    cdef int* cur = <int*>malloc((m + 1) * sizeof(int))
    cdef int* tmp
    cdef int cost
    if prev == NULL or cur == NULL:
        free(prev)
        free(cur)
        raise MemoryError()
    try:
        for j in range(m + 1):
            prev[j] = j
        for i in range(1, n + 1):
            cur[0] = i
            for j in range(1, m + 1):
                cost = 0 if a[i - 1] == b[j - 1] else 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            tmp = prev
            prev = cur
            cur = tmp
        return prev[m]
    finally:
        free(prev)
        free(cur)


cdef inline uint32_t _rotl32(uint32_t x, int r) noexcept nogil:
    return (x << r) | (x >> (32 - r))


def murmur3_32(bytes key, uint32_t seed=0):
    cdef const char* data = key
    cdef Py_ssize_t n = len(key), nblocks = n // 4, i
    cdef uint32_t h = seed, k
    cdef uint32_t c1 = 0xcc9e2d51, c2 = 0x1b873593, c3 = 0xe6546b64
    cdef uint32_t f1 = 0x85ebca6b, f2 = 0xc2b2ae35
    for i in range(nblocks):
        k = (<uint8_t>data[4 * i]) | (<uint32_t>(<uint8_t>data[4 * i + 1]) << 8) | \
            (<uint32_t>(<uint8_t>data[4 * i + 2]) << 16) | (<uint32_t>(<uint8_t>data[4 * i + 3]) << 24)
        k *= c1
        k = _rotl32(k, 15)
        k *= c2
        h ^= k
        h = _rotl32(h, 13)
        h = h * 5 + c3
    k = 0
    cdef Py_ssize_t tail = nblocks * 4
    cdef int rem = n & 3
    if rem >= 3:
        k ^= <uint32_t>(<uint8_t>data[tail + 2]) << 16
    if rem >= 2:
        k ^= <uint32_t>(<uint8_t>data[tail + 1]) << 8
    if rem >= 1:
        k ^= <uint8_t>data[tail]
        k *= c1
        k = _rotl32(k, 15)
        k *= c2
        h ^= k
    h ^= <uint32_t>n
    h ^= h >> 16
    h *= f1
    h ^= h >> 13
    h *= f2
    h ^= h >> 16
    return h


def mix_literal(uint32_t h):
    # a literal above INT_MAX makes the arithmetic Python-int arithmetic
    h = h * 5 + 0xe6546b64
    return h


def bloom_build(list words, int nbits, int nhash):
    cdef bytearray bits = bytearray((nbits + 7) // 8)
    cdef unsigned char[:] bv = bits
    cdef uint32_t h
    cdef int i
    for w in words:
        for i in range(nhash):
            h = murmur3_32(w.encode("utf-8"), i) % nbits
            bv[h >> 3] |= 1 << (h & 7)
    return bits


def bloom_query(bytearray bits, str word, int nbits, int nhash):
    cdef const unsigned char[:] bv = bits
    cdef uint32_t h
    cdef int i
    for i in range(nhash):
        h = murmur3_32(word.encode("utf-8"), i) % nbits
        if not (bv[h >> 3] >> (h & 7)) & 1:
            return False
    return True


def rle_encode(str s):
    if not s:
        return []
    out = []
    cdef Py_ssize_t i, run = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            run += 1
        else:
            out.append((s[i - 1], run))
            run = 1
    out.append((s[len(s) - 1], run))
    return out


def rle_decode(list pairs):
    return "".join([ch * n for ch, n in pairs])


def lcs_length(list a, list b):
    cdef Py_ssize_t n = len(a), m = len(b), i, j
    table = np.zeros((n + 1, m + 1), dtype=np.int32)
    cdef int32_t[:, ::1] t = table
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                t[i, j] = t[i - 1, j - 1] + 1
            else:
                t[i, j] = max(t[i - 1, j], t[i, j - 1])
    return t[n, m]


cdef int _find(int[::1] parent, int x) noexcept:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def count_components(int n, list edges):
    parent_arr = np.arange(n, dtype=np.intc)
    cdef int[::1] parent = parent_arr
    cdef int a, b, ra, rb, comps = n
    for a, b in edges:
        if a < 0 or a >= n or b < 0 or b >= n:
            raise IndexError(f"edge ({a}, {b}) out of range")
        ra = _find(parent, a)
        rb = _find(parent, b)
        if ra != rb:
            parent[ra] = rb
            comps -= 1
    return comps


def dijkstra(dict graph, start):
    dist = {start: 0}
    heap = [(0, start)]
    visited = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in graph.get(u, ()):
            if w < 0:
                raise ValueError("negative edge weight")
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return sorted(dist.items())


def topo_sort(dict deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg.setdefault(v, 0)
    for k, vs in deps.items():
        for v in vs:
            indeg[v] += 1
    ready = sorted([k for k, d in indeg.items() if d == 0])
    order = []
    while ready:
        k = ready.pop(0)
        order.append(k)
        for v in sorted(deps.get(k, ())):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
        ready.sort()
    if len(order) != len(indeg):
        raise ValueError("cycle detected")
    return order


def kmp_search(str text, str pat):
    cdef Py_ssize_t m = len(pat), n = len(text), i, k = 0
    if m == 0:
        return list(range(n + 1))
    cdef list fail = [0] * m
    for i in range(1, m):
        while k > 0 and pat[k] != pat[i]:
            k = fail[k - 1]
        if pat[k] == pat[i]:
            k += 1
        fail[i] = k
    out = []
    k = 0
    for i in range(n):
        while k > 0 and pat[k] != text[i]:
            k = fail[k - 1]
        if pat[k] == text[i]:
            k += 1
        if k == m:
            out.append(i - m + 1)
            k = fail[k - 1]
    return out


def bisect_left_c(double[:] a, double x):
    cdef Py_ssize_t lo = 0, hi = a.shape[0], mid
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def sieve(int n):
    if n < 2:
        return []
    flags = bytearray([1]) * (n + 1)
    cdef unsigned char[:] f = flags
    cdef int i, j
    f[0] = f[1] = 0
    i = 2
    while i * i <= n:
        if f[i]:
            for j in range(i * i, n + 1, i):
                f[j] = 0
        i += 1
    return [i for i in range(n + 1) if f[i]]


def popcount_table(int n):
    cdef int i, x, c
    out = []
    for i in range(n):
        x = i
        c = 0
        while x:
            x &= x - 1
            c += 1
        out.append(c)
    return out
