import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_mv_builtins")
C.add("basic", Lazy(lambda: np.array([1.5, -2.0, 3.25])))
C.add("basic", Lazy(lambda: np.zeros(0)))
C.add("order_stats", Lazy(lambda: np.array([5, 3, 9, -1], np.int_)))
C.add("order_stats", Lazy(lambda: np.zeros(0, np.int_)), raises=ValueError, msg=True)
C.add("pairs", Lazy(lambda: np.arange(3.0)), Lazy(lambda: np.arange(4.0) * 2))
C.add("truth", Lazy(lambda: np.array([0, 1, 0], np.uint8)))
C.add("truth", Lazy(lambda: np.array([], np.uint8)))
C.add("rows", Lazy(lambda: np.arange(6.0).reshape(2, 3)))
C.add("write_T", Lazy(lambda: np.zeros((2, 3))), show_args=True)
