import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_stdint_extra")
C.each("fast_sum", [0, 10, 300])
C.add("consts")
C.add("ptr_distance", Lazy(lambda: np.zeros(10)), 2, 7)
C.add("ptr_distance", Lazy(lambda: np.zeros(10)), 7, 2)
