import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_recursion")
C.add("merge_sort", Lazy(lambda: np.array([5.0, -1.0, 3.0, 3.0, 0.0])), show_args=True)
C.add("merge_sort", Lazy(lambda: np.random.default_rng(1).normal(size=100)))
C.add("merge_sort", Lazy(lambda: np.array([])))
C.add("merge_sort", Lazy(lambda: np.array([1.0, np.nan, 0.0])))
C.add("merge_sort", Lazy(lambda: np.arange(10.0)[::2]), raises=ValueError, msg=True)

IMG = Lazy(lambda: np.array([[1, 1, 0, 0], [1, 0, 0, 1], [1, 1, 1, 1], [0, 0, 1, 0]], dtype=np.uint8))
C.add("flood_fill", IMG, 0, 0, 7, show_args=True)
C.add("flood_fill", IMG, 0, 2, 9, show_args=True)
C.add("flood_fill", IMG, 0, 0, 1)
C.add("flood_fill", IMG, 4, 0, 1, raises=IndexError, msg=True)
C.add("flood_fill", IMG, -1, -1, 5, show_args=True)
C.add("flood_fill", Lazy(lambda: np.zeros((30, 30), np.uint8)), 0, 0, 1, raises=RecursionError, msg=True,
      tb=("flood_fill", "_fill"))

L = Lazy(lambda: np.array([1, 3, -1, -1, -1], np.intc))
R = Lazy(lambda: np.array([2, 4, -1, -1, -1], np.intc))
V = Lazy(lambda: np.array([1.0, 2.0, 3.0, 4.0, 5.0]))
C.add("tree_stats", L, R, V)
C.add("tree_stats", Lazy(lambda: np.array([-1], np.intc)), Lazy(lambda: np.array([-1], np.intc)), Lazy(lambda: np.array([7.0])))
C.add("tree_stats", Lazy(lambda: np.array([5], np.intc)), Lazy(lambda: np.array([-1], np.intc)), Lazy(lambda: np.array([7.0])),
      raises=IndexError, msg=True, tb=("tree_stats", "_subtree_sum"))
C.each("ackermann", [(0, 0), (1, 2), (2, 3), (3, 3)])
C.add("ackermann", 4, 1, raises=ValueError, msg=True)
A = Lazy(lambda: np.array([1, 3, 5, 7, 9, 11], np.int_))
C.each("rec_search", [(A, 1), (A, 11), (A, 6), (A, 0), (A, 12)])
C.add("count_subset_sums", Lazy(lambda: np.array([1, 2, 3, 4, 5, 6], np.intc)), 10)
C.add("count_subset_sums", Lazy(lambda: np.array([], np.intc)), 0)
C.add("count_subset_sums", Lazy(lambda: np.array([2, 2, 2], np.intc)), 4)
C.each("fib_memo", [0, 1, 10, 50, 90])
C.add("fib_memo", 10, {})
C.add("fib_memo", 5, [], raises=TypeError, msg=True)
