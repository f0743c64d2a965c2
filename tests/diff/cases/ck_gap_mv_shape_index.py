import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_mv_shape_index")
C.add("dims", Lazy(lambda: np.zeros((2, 3, 4))))
C.add("dims", Lazy(lambda: np.zeros((2, 3, 8))[:, ::-1, ::2]))
C.add("total_size", Lazy(lambda: np.zeros((2, 3, 1, 5), np.float32)))
