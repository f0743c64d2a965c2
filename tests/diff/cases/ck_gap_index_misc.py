import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_index_misc")
A = Lazy(lambda: np.arange(10.0) * 1.5)
C.each("bint_index", [(A, True), (A, False), (A, 5), (A, [])])
C.add("shape_prefix", Lazy(lambda: np.zeros((2, 3, 4))))
