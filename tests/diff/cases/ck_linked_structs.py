import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_linked_structs")
C.add("list_ops", [1, 2, 3, -4])
C.add("list_ops", [])
C.add("list_ops", [2**63 - 1])
C.add("list_ops", [1, "x"], raises=TypeError)
C.add("tree_sort", Lazy(lambda: np.array([5.0, 2.0, 8.0, 2.0, 9.0, 1.0])))
C.add("tree_sort", Lazy(lambda: np.array([])))
C.add("tree_sort", Lazy(lambda: np.arange(20.0)))
C.add("tree_sort", Lazy(lambda: np.random.default_rng(1).integers(0, 10, 40).astype(np.float64)))
