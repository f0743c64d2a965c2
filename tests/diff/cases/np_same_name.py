import numpy as np

from diffcase import Cases, Lazy

C = Cases("np_same_name")
C.each("grid", [(2, 3), (0, 2)])
C.each("squares", [0, 5])
C.add("naive_convolve", Lazy(lambda: np.arange(12.0).reshape(3, 4)), Lazy(lambda: np.ones((3, 3))))
C.add("naive_convolve", Lazy(lambda: np.arange(4.0).reshape(2, 2)), Lazy(lambda: np.ones((2, 3))),
      raises=ValueError, msg=True)
C.add("uint8_total", Lazy(lambda: np.full((2, 2), 200, dtype=np.uint8)))
C.add("dtype_check", Lazy(lambda: np.zeros(2)))
C.add("dtype_check", Lazy(lambda: np.zeros((2, 2), dtype=np.int32)))
C.add("typed_view_of", Lazy(lambda: np.arange(4.0)))
C.add("typed_view_of", Lazy(lambda: np.arange(4)), raises=ValueError, msg=True)
