"""Memoization patterns: dict caches, functools.lru_cache / cache decorators,
closures with a private cache, cache statistics."""
import functools

_cache = {}
_hits = [0, 0]


def binom(n, k):
    if k < 0 or k > n:
        return 0
    if k == 0 or k == n:
        return 1
    key = (n, k)
    if key in _cache:
        _hits[0] += 1
        return _cache[key]
    _hits[1] += 1
    val = binom(n - 1, k - 1) + binom(n - 1, k)
    _cache[key] = val
    return val


def cache_stats():
    return tuple(_hits), len(_cache)


def clear():
    _cache.clear()
    _hits[:] = [0, 0]
    return True


@functools.lru_cache(maxsize=None)
def ways(int n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


def ways_info(int n):
    ways.cache_clear()
    r = ways(n)
    info = ways.cache_info()
    return r, info.hits, info.misses


@functools.cache
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


def longest_collatz(int limit):
    best = max(range(1, limit), key=collatz_len)
    return best, collatz_len(best)


_memos = []


def memoize(f):
    memo = {}
    def wrapper(*args):
        if args not in memo:
            memo[args] = f(*args)
        return memo[args]
    _memos.append(memo)
    return wrapper


@memoize
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))


def edit_with_size(a, b):
    r = edit(a, b)
    return r, len(_memos[0]) > 0


def make_counter_cache():
    seen = {}
    def count(word):
        seen[word] = seen.get(word, 0) + 1
        return seen[word]
    return count


def first_repeats(words):
    c = make_counter_cache()
    return [w for w in words if c(w) == 2]


def unhashable_key(x):
    return binom(x, 1)


def partial_apply(int base):
    to_int = functools.partial(int, base=base)
    return [to_int(s) for s in ("10", "11", "777")]
