import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_hashtable")


def i64(v):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=np.int64))


C.add("value_counts", i64([3, 1, 3, 3, -2**63, 2**63 - 1, 1, 0]))
C.add("value_counts", i64([]))
C.add("value_counts", Lazy(lambda: np.random.default_rng(1).integers(0, 40, 300)))
C.add("value_counts", Lazy(lambda: np.arange(100, dtype=np.int64)))
C.add("value_counts", Lazy(lambda: np.arange(5, dtype=np.int32)), raises=ValueError, msg=True)
C.add("unique", i64([5, 5, 4, 5, 3, 4]))
C.add("isin", i64([1, 2, 3, 4, 5]), i64([2, 4, 6]))
C.add("isin", i64([1, 2]), i64([]))
C.add("duplicated", i64([1, 2, 1, 3, 2, 1]))
C.add("duplicated", i64([1, 2, 1, 3, 2, 1]), "last")
C.add("duplicated", i64([1]), keep="none", raises=ValueError, msg=True)
