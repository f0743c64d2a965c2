import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_parallel_block")
C.add("row_sorted_medians", Lazy(lambda: np.random.default_rng(1).normal(size=(5, 7))))
C.add("row_sorted_medians", Lazy(lambda: np.zeros((3, 0))))
C.add("row_sorted_medians", Lazy(lambda: np.array([[3.0, 1.0, 2.0]])))
C.each("thread_ids", [0, 10])
