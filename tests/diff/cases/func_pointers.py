import random

import numpy as np

from diffcase import Cases, Lazy

C = Cases("func_pointers")
rng = random.Random(5106)
C.each("qsort_doubles", [[3.0, -1.0, 2.5, 0.0], [], [1]])
C.add("qsort_doubles", [rng.uniform(-1e6, 1e6) for _ in range(200)], label="qsort_doubles_random")
C.add("qsort_doubles", [1.0, "x"], raises=TypeError, msg=True)
C.each("qsort_ints_desc", [[3, 1, 2, 3], [], [-5, 7]])
C.add("qsort_ints_desc", [2 ** 31], raises=OverflowError, msg=True)
C.each("bsearch_int", [([9, 7, 5, 3, 1], 5), ([9, 7, 5], 4), ([], 1)])
X = Lazy(lambda: np.array([[0.0, 0.0], [3.0, 4.0], [-1.0, 2.0]]))
for metric in ("euclidean", "manhattan", "cityblock", "chebyshev"):
    C.add("pdist", X, metric)
C.add("pdist", X)
C.add("pdist", X, "cosine", raises=ValueError, msg=True)
C.each("apply_unary", [(0, [1.0, -2.5]), (1, [3.0]), (0, [])])
C.each("fp_is_null", [0, 1])
C.each("apply_checked", [2.0, -0.5])
C.add("apply_checked", 0.0, raises=ZeroDivisionError, msg=True, tb=("_inv",))
C.each("dispatch_table", [(0, 3.0), (1, 3.0), (5, -2.0)])
C.add("metric_nogil", Lazy(lambda: np.arange(12.0).reshape(4, 3)), "manhattan")
C.add("metric_nogil", Lazy(lambda: np.arange(12.0).reshape(4, 3)), "euclidean", approx=True)
C.add("metric_nogil", Lazy(lambda: np.arange(12.0).reshape(4, 3)), "cosine", raises=ValueError, msg=True)
