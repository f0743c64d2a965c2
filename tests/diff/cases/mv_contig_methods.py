import numpy as np

from diffcase import Cases, Lazy

C = Cases("mv_contig_methods")
C.add("layout", Lazy(lambda: np.zeros((2, 3))))
C.add("layout", Lazy(lambda: np.zeros((2, 3), order="F")))
C.add("layout", Lazy(lambda: np.zeros((4, 6))[::2, ::2]))
C.add("layout", Lazy(lambda: np.zeros((1, 3))))
C.add("fast_sum", Lazy(lambda: np.arange(6.0).reshape(2, 3)))
C.add("fast_sum", Lazy(lambda: np.arange(6.0).reshape(2, 3).T))
