"""Sets of small integers as Python-int bitsets: membership, set algebra,
iteration over members, subset enumeration (Gosper's hack), and a
bitset-based sieve and graph coloring check."""


def from_members(members):
    b = 0
    for m in members:
        if m < 0:
            raise ValueError(f"negative member {m}")
        b |= 1 << m
    return b


def members(b):
    out = []
    i = 0
    while b:
        if b & 1:
            out.append(i)
        b >>= 1
        i += 1
    return out


def algebra(a, b):
    A, B = from_members(a), from_members(b)
    return members(A | B), members(A & B), members(A & ~B), members(A ^ B), (A & B) == A


def combinations_k(int n, int k):
    """All k-subsets of range(n) in increasing bit order (Gosper's hack)."""
    if k == 0:
        return [[]]
    if k > n:
        return []
    out = []
    x = (1 << k) - 1
    limit = 1 << n
    while x < limit:
        out.append(members(x))
        c = x & -x
        r = x + c
        x = (((r ^ x) >> 2) // c) | r
    return out


def subset_sums(list values, target):
    """Which subsets (as bitmasks) of values sum to target."""
    cdef Py_ssize_t n = len(values)
    hits = []
    for mask in range(1 << n):
        s = 0
        m = mask
        i = 0
        while m:
            if m & 1:
                s += values[i]
            m >>= 1
            i += 1
        if s == target:
            hits.append(mask)
    return hits


def bit_sieve(int n):
    if n < 2:
        return []
    composite = 0
    for p in range(2, int(n ** 0.5) + 1):
        if not (composite >> p) & 1:
            for q in range(p * p, n + 1, p):
                composite |= 1 << q
    return [k for k in range(2, n + 1) if not (composite >> k) & 1]


def is_proper_coloring(dict adjacency, dict colors):
    for u, nbrs in adjacency.items():
        cu = colors[u]
        for v in members(nbrs):
            if colors[v] == cu:
                return False, (u, v)
    return True, None


def rank_of(b):
    return bin(b).count("1"), b.bit_length(), b.bit_count() if hasattr(b, "bit_count") else None


def toggle_range(b, int lo, int hi):
    mask = ((1 << (hi - lo)) - 1) << lo
    return b ^ mask
