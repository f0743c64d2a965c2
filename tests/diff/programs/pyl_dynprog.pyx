"""Dynamic programming helpers over Python sequences."""

_fib_cache = {0: 0, 1: 1}


def fib_memo(n):
    global _fib_cache
    if n < 0:
        raise ValueError("negative index")
    if n in _fib_cache:
        return _fib_cache[n]
    cdef object a = 0, b = 1
    for _ in range(n):
        a, b = b, a + b
    _fib_cache[n] = a
    return a


def lcs(a, b):
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = len(a), m = len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    # walk back
    out = []
    i, j = n, m
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    out.reverse()
    return table[n][m], out


def edit_distance(str s, str t):
    cdef int i, j, cost
    prev = list(range(len(t) + 1))
    for i in range(1, len(s) + 1):
        cur = [i] + [0] * len(t)
        for j in range(1, len(t) + 1):
            cost = 0 if s[i - 1] == t[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]


def knapsack(list items, int capacity):
    """items: (weight, value) pairs; returns (best value, chosen indices)."""
    if capacity < 0:
        raise ValueError(f"capacity must be >= 0, got {capacity}")
    cdef int w, k
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for k, (weight, value) in enumerate(items, 1):
        for w in range(capacity + 1):
            best[k][w] = best[k - 1][w]
            if weight <= w and best[k - 1][w - weight] + value > best[k][w]:
                best[k][w] = best[k - 1][w - weight] + value
    chosen = []
    w = capacity
    for k in range(len(items), 0, -1):
        if best[k][w] != best[k - 1][w]:
            chosen.append(k - 1)
            w -= items[k - 1][0]
    return best[-1][capacity], chosen[::-1]


def coin_change(coins, amount):
    INF = float("inf")
    ways = [0] * (amount + 1)
    ways[0] = 1
    fewest = [0] + [INF] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
            if fewest[x - c] + 1 < fewest[x]:
                fewest[x] = fewest[x - c] + 1
    f = fewest[amount]
    return ways[amount], (None if f == INF else f)


def lis(seq):
    import bisect
    tails = []
    for x in seq:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def max_subarray(xs):
    if not xs:
        return 0, 0, 0
    best = cur = xs[0]
    start = best_start = best_end = 0
    for i in range(1, len(xs)):
        x = xs[i]
        if cur + x < x:
            cur = x
            start = i
        else:
            cur += x
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, best_start, best_end + 1


def partitions(int n):
    p = [1] + [0] * n
    cdef int k, i
    for k in range(1, n + 1):
        for i in range(k, n + 1):
            p[i] += p[i - k]
    return p[n]


def grid_paths(int rows, int cols, blocked=()):
    blocked = set(blocked)
    row = [0] * cols
    row[0] = 1
    for r in range(rows):
        for c in range(cols):
            if (r, c) in blocked:
                row[c] = 0
            elif c:
                row[c] += row[c - 1]
    return row[-1]


def cache_size():
    return len(_fib_cache) >= 2
