import random

import numpy as np

from diffcase import Cases, Lazy

C = Cases("algorithms")
rng = random.Random(5107)

C.each("levenshtein", [("kitten", "sitting"), ("", "abc"), ("abc", ""), ("", ""), ("flaw", "lawn"), ("héllo", "hello")])
C.add("levenshtein", b"a", "b", raises=TypeError, msg=True)
for _ in range(5):
    a = "".join(rng.choice("abc") for _ in range(rng.randint(0, 12)))
    b = "".join(rng.choice("abc") for _ in range(rng.randint(0, 12)))
    C.add("levenshtein", a, b, label="levenshtein_random")
C.each("murmur3_32", [b"", b"a", b"ab", b"abc", b"abcd", b"hello world", bytes(range(256))])
C.add("murmur3_32", b"hello", 42)
C.add("murmur3_32", b"hello", 2 ** 32 - 1)
C.add("murmur3_32", b"hello", -1, raises=OverflowError, msg=True)
C.add("murmur3_32", b"hello", 2 ** 32, raises=OverflowError, msg=True)
C.each("mix_literal", [0, 1, 2 ** 25])
C.add("mix_literal", 2 ** 31, raises=OverflowError)
C.add("bloom_build", ["apple", "banana", "cherry"], 64, 3)
C.add("bloom_build", [], 8, 1)
C.add("bloom_build", ["x"], 0, 1, raises=ZeroDivisionError, msg=True)
for w in ("apple", "grape", "cherry", ""):
    C.add("bloom_query", bytearray(b"\x92\x10\x04\x81\x00\x22\x40\x08"), w, 64, 3)
C.each("rle_encode", ["aaabccdddd", "", "a", "abab"])
C.add("rle_decode", [("a", 3), ("b", 0), ("c", 2)])
C.add("rle_decode", [("a", -1)])
C.add("rle_decode", [("a",)], raises=ValueError, msg=True)
C.each("lcs_length", [(list("ABCBDAB"), list("BDCABA")), ([], [1]), ([1, 2, 3], [1, 2, 3])])
C.each("count_components", [(5, [(0, 1), (1, 2), (3, 4)]), (3, []), (4, [(0, 1), (1, 0), (2, 3), (0, 3)])])
C.add("count_components", 2, [(0, 2)], raises=IndexError, msg=True)
C.add("count_components", 2, [(0,)], raises=ValueError, msg=True)
g = {"a": [("b", 1), ("c", 4)], "b": [("c", 2), ("d", 5)], "c": [("d", 1)], "d": []}
C.add("dijkstra", g, "a")
C.add("dijkstra", g, "d")
C.add("dijkstra", {"a": [("b", -1)]}, "a", raises=ValueError, msg=True)
C.add("topo_sort", {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []})
C.add("topo_sort", {})
C.add("topo_sort", {"a": ["b"], "b": ["a"]}, raises=ValueError, msg=True)
C.each("kmp_search", [("abababca", "aba"), ("aaaa", "aa"), ("abc", ""), ("", "a"), ("abc", "d")])
C.add("bisect_left_c", Lazy(lambda: np.array([1.0, 2.0, 2.0, 3.0])), 2.0)
C.add("bisect_left_c", Lazy(lambda: np.array([1.0, 2.0, 2.0, 3.0])), 10.0)
C.add("bisect_left_c", Lazy(lambda: np.array([])), 1.0)
C.each("sieve", [0, 2, 30, 100])
C.each("popcount_table", [0, 17])
