import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_bsearch")


def arr(v, dtype=np.float64):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


A = arr([1, 2, 2, 2, 5, 7])
C.add("searchsorted", A, arr([0, 1, 2, 3, 7, 8]))
C.add("searchsorted", A, arr([0, 1, 2, 3, 7, 8]), "right")
C.add("searchsorted", A, arr([2]), side="middle", raises=ValueError, msg=True)
C.add("searchsorted", A, arr([np.nan, -np.inf, np.inf]))
C.add("searchsorted", arr([]), arr([1.0]))
C.add("searchsorted", Lazy(lambda: np.sort(np.random.default_rng(1).normal(size=30))),
      Lazy(lambda: np.random.default_rng(2).normal(size=10)), "right")

I = arr([-5, 0, 3, 9, 2**62], np.int64)
C.each("index_of", [(I, 3), (I, -5), (I, 2**62)])
C.add("index_of", I, 4, raises=KeyError, msg=True, tb=("index_of", "find_i64"))
C.add("index_of", arr([], np.int64), 0, raises=KeyError, msg=True)
C.add("index_of", I, 2**63, raises=OverflowError, msg=True)
C.add("index_of", arr([-1, 3], np.int64), -1)
C.add("index_of_or", I, 4)
C.add("index_of_or", I, 9)
C.add("index_of_or", I, 4, default=99)
C.add("index_of_or", I, 4, 2**63, raises=OverflowError)

C.add("search_descending", arr([9, 7, 5, 3, 1]), 4.0)
C.add("search_descending", arr([9, 7, 5, 3, 1]), 10.0)
C.add("search_descending", arr([9, 7, 5, 3, 1]), -1.0)
C.add("search_descending", arr([]), 1.0)

W = b"apple\0banana\0cherry\0date\0fig"
C.each("bisect_words", [(W, b"cherry"), (W, b"apple"), (W, b"fig"), (W, b"coconut"), (W, b""), (W, b"zzz")])
C.add("bisect_words", W, "cherry", raises=TypeError, msg=True)
C.add("bisect_words", None, b"x", raises=TypeError)
C.add("bisect_words", b"", b"x")

L = arr([1, 3, 5, 7, 9, 11, 13, 1000], np.int_)
C.each("interp_search", [(L, 7), (L, 1000), (L, 1), (L, 6), (L, 2000), (L, -1)])
C.add("interp_search", arr([4, 4, 4], np.int_), 4)
C.add("interp_search", arr([], np.int_), 4)

C.add("merge_sorted", arr([1, 4, 9], np.intc), arr([2, 3, 10, 11], np.intc))
C.add("merge_sorted", arr([], np.intc), arr([2], np.intc))
C.add("merge_sorted", arr([-2**31, 0], np.intc), arr([-2**31, 2**31 - 1], np.intc))

C.add("count_in_range", A, 2.0, 5.0)
C.add("count_in_range", A, 6.0, 1.0)
C.add("count_in_range", A, -np.inf, np.inf)

C.add("is_sorted", A)
C.add("is_sorted", A, True)
C.add("is_sorted", A, strict=0)
C.add("is_sorted", arr([3, 2]))
C.add("is_sorted", arr([]), True)
C.add("is_sorted", arr([1.0]), "yes")
C.add("is_sorted", arr([1.0]), None)
