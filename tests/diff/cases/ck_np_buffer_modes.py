import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_np_buffer_modes")
C.add("fortran_colsum", Lazy(lambda: np.asfortranarray(np.arange(6.0).reshape(2, 3))))
C.add("fortran_colsum", Lazy(lambda: np.arange(6.0).reshape(2, 3)), raises=ValueError, msg=True)
C.add("strided_trace", Lazy(lambda: np.arange(16, dtype=np.float32).reshape(4, 4)[::-1, ::2]))
C.add("strided_trace", Lazy(lambda: np.arange(16, dtype=np.float64).reshape(4, 4)), raises=ValueError, msg=True)
C.add("no_negative", Lazy(lambda: np.arange(5, dtype=np.int64)), 4)
C.add("no_negative", Lazy(lambda: np.arange(5, dtype=np.int64)), 5, raises=IndexError, msg=True)
C.add("sum3", Lazy(lambda: np.arange(24, dtype=np.int32).reshape(2, 3, 4)))
C.add("sum3", Lazy(lambda: np.arange(24, dtype=np.int32).reshape(2, 3, 4)[:, ::-1, 1:]))
C.add("sum3", Lazy(lambda: np.arange(6, dtype=np.int32).reshape(2, 3)), raises=ValueError, msg=True)
C.add("reacquire", [np.arange(3.0), np.ones(2), np.zeros(0)])
C.add("reacquire", [np.arange(3.0), np.arange(3)], raises=ValueError, msg=True)
C.each("build", [0, 3])
