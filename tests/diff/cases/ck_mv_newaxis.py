import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_mv_newaxis")
C.add("add_axis", Lazy(lambda: np.arange(4.0)))
C.add("add_axis", Lazy(lambda: np.arange(8.0)[::2]))
C.add("ellipsis_last", Lazy(lambda: np.arange(24.0).reshape(2, 3, 4)), 1)
C.add("ellipsis_last", Lazy(lambda: np.arange(24.0).reshape(2, 3, 4)), -1)
C.add("ellipsis_last", Lazy(lambda: np.arange(24.0).reshape(2, 3, 4)), 4, raises=IndexError, msg=True)
C.add("ellipsis_first", Lazy(lambda: np.arange(24.0).reshape(2, 3, 4)), 1)
C.add("ellipsis_all", Lazy(lambda: np.zeros((2, 2))), show_args=True)
C.add("fill_ellipsis", Lazy(lambda: np.zeros((2, 3))), 1.5, show_args=True)
C.add("fill_ellipsis", Lazy(lambda: np.zeros((4, 3))[::2, ::-1]), -1.0, show_args=True)
C.add("scale_rows", Lazy(lambda: np.ones((3, 2))), Lazy(lambda: np.array([1.0, 2.0, 3.0])))
C.add("scale_rows", Lazy(lambda: np.ones((3, 2))), Lazy(lambda: np.array([1.0, 2.0])), raises=IndexError, msg=True)
