import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_mv_globals")
C.add("lookup", 0, raises=RuntimeError, msg=True)
C.add("table_sum")
C.add("set_table", Lazy(lambda: np.arange(5.0)))
C.add("lookup", 2)
C.add("lookup", -1)
C.add("lookup", 5, raises=IndexError, msg=True)
C.add("table_sum")
C.add("set_table", Lazy(lambda: np.arange(10.0)[::2]), raises=ValueError, msg=True)
C.add("table_sum")
C.add("maybe_uninit", True)
C.add("maybe_uninit", False, raises=UnboundLocalError, msg=True)
C.add("uninit_shape", True)
C.add("uninit_shape", False, raises=UnboundLocalError, msg=True)
