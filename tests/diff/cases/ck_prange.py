import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_prange")
C.add("row_norms", Lazy(lambda: np.arange(12.0).reshape(3, 4)))
C.add("row_norms", Lazy(lambda: np.zeros((0, 4))))
C.add("int_sum", Lazy(lambda: np.arange(100, dtype=np.int_)))
C.add("int_sum", Lazy(lambda: np.array([], dtype=np.int_)))
C.add("count_positive", Lazy(lambda: np.random.default_rng(1).normal(size=101)))
C.add("scale_rows", Lazy(lambda: np.ones((3, 2))), Lazy(lambda: np.array([1.0, 2.0, 3.0])))
C.each("stepped", [(0, 10, 1), (0, 10, 3), (10, 0, -2), (5, 5, 1)])
