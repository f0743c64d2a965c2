import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_xorshift_rng")
M64 = 2**64 - 1

C.each("rand_r_seq", [(0, 5), (1, 5), (2**32 - 1, 8), (12345, 0)])
C.add("rand_r_seq", -1, 3, raises=OverflowError, msg=True)
C.each("rand_int", [(7, 10, 6), (99, 1, 3), (2**31, 1000, 5)])
C.add("rand_int", 7, 0, 2, raises=ZeroDivisionError)
C.add("rand_int", 7, 0, 0)
C.each("xorshift64star", [(1, 5), (M64, 3), (0x9E3779B97F4A7C15, 4), (1, 0)])
C.add("xorshift64star", 1, -1, raises=ValueError)
C.each("splitmix_uniform", [(0, 5), (42, 10), (M64, 3), (0, 0)])
C.each("pcg32", [(42, 54, 6), (0, 0, 3), (M64, M64 >> 1, 4)])
C.add("pcg32", 42, M64, 2)
C.add("shuffle_inplace", Lazy(lambda: np.arange(10, dtype=np.int_)), 7, show_args=True)
C.add("shuffle_inplace", Lazy(lambda: np.arange(1, dtype=np.int_)), 7, show_args=True)
C.add("shuffle_inplace", Lazy(lambda: np.arange(0, dtype=np.int_)), 7, show_args=True)
C.add("shuffle_inplace", Lazy(lambda: np.arange(10, dtype=np.int_)[::2]), 7, raises=ValueError, msg=True)
C.add("box_muller", 3, 6)
C.add("box_muller", 0, 2)
C.add("reservoir", Lazy(lambda: np.arange(100, dtype=np.intc)), 5, 11)
C.add("reservoir", Lazy(lambda: np.arange(3, dtype=np.intc)), 5, 11)
C.add("reservoir", Lazy(lambda: np.arange(3, dtype=np.intc)), 0, 11)
C.add("reservoir", Lazy(lambda: np.arange(3, dtype=np.intc)), -1, 11, raises=ValueError, msg=True)
C.each("monte_carlo_pi", [(1, 1000), (2, 0), (3, 1)])
