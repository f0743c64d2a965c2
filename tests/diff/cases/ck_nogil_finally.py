import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_nogil_finally")
C.add("frees_so_far")
C.add("process", 4, -1)
C.add("process", 4, 2, raises=ValueError, msg=True, tb=("process", "fill"))
C.add("frees_so_far")
C.add("process", 0, 0)
C.add("first_over", Lazy(lambda: np.array([1.0, 5.0, 2.0])), 3.0)
C.add("first_over", Lazy(lambda: np.array([1.0])), 3.0)
C.add("frees_so_far")
C.add("search", Lazy(lambda: np.array([1.0, 5.0, 2.0])), 5.0)
C.add("search", Lazy(lambda: np.array([1.0, 5.0, 2.0])), 7.0)
