# cython: language_level=3
"""Ordinary Python decorators on module-level def functions
(functools.lru_cache, a user decorator defined in the module)."""
from functools import lru_cache


def tag(f):
    f.tagged = True
    return f


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@tag
def tagged_add(a, b):
    return a + b


def is_tagged():
    return getattr(tagged_add, "tagged", False), fib.cache_info().maxsize
