import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_nd_strides")
M = lambda: np.arange(12.0).reshape(3, 4)
C.add("strided_sum_2d", Lazy(M))
C.add("strided_sum_2d", Lazy(lambda: np.asfortranarray(M())))
C.add("strided_sum_2d", Lazy(lambda: M()[::-1, ::-2]))
C.add("strided_sum_2d", Lazy(lambda: np.zeros((0, 3))))
C.add("offsets", Lazy(lambda: np.zeros((2, 2, 3), np.intc)))
C.add("offsets", Lazy(lambda: np.zeros((2, 2, 3), np.intc, order="F")))
C.add("offsets", Lazy(lambda: np.zeros((4, 4, 6), np.intc)[::2, ::-2, 1::3]))
C.add("pointer_matches_index", Lazy(lambda: M().astype(np.float32)[1:, ::-1]))
C.add("pointer_matches_index", Lazy(lambda: M().astype(np.float32).T))
C.add("fill_via_pointer", Lazy(lambda: np.zeros((2, 3))), 10.0, show_args=True)
C.add("fill_via_pointer", Lazy(lambda: np.zeros((4, 6))[::2, ::-3]), 1.0, show_args=True)
C.add("is_contiguous_manual", Lazy(M))
C.add("is_contiguous_manual", Lazy(lambda: np.asfortranarray(M())))
C.add("is_contiguous_manual", Lazy(lambda: M()[:, ::2]))
