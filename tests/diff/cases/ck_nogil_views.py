import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_nogil_views")
C.add("gram", Lazy(lambda: np.arange(6.0).reshape(3, 2)))
C.add("gram", Lazy(lambda: np.arange(12.0).reshape(3, 4)[:, ::-2]))
C.add("gram", Lazy(lambda: np.zeros((0, 2))))
C.add("window_sums", Lazy(lambda: np.arange(6.0)), 3)
C.add("window_sums", Lazy(lambda: np.arange(2.0)), 3)
C.add("copy_rows", Lazy(lambda: np.zeros((2, 3))), Lazy(lambda: np.arange(9.0).reshape(3, 3)),
      Lazy(lambda: np.array([2, 0], np.int_)))
C.add("copy_rows", Lazy(lambda: np.zeros((1, 3))), Lazy(lambda: np.arange(9.0).reshape(3, 3)),
      Lazy(lambda: np.array([3], np.int_)), raises=ANY)
C.add("reversed_dot", Lazy(lambda: np.arange(4.0)))
C.add("reversed_dot", Lazy(lambda: np.zeros(0)))
