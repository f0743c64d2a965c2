import numpy as np

from diffcase import Cases, Lazy

C = Cases("np_data_ptr")
C.add("sum_via_data", Lazy(lambda: np.arange(5.0)))
C.add("sum_via_data", Lazy(lambda: np.arange(5.0)[::2]), raises=ValueError, msg=True)
C.add("scale_via_pyarray_data", Lazy(lambda: np.arange(4.0)), 2.0)
C.add("dims_of", Lazy(lambda: np.zeros((2, 3, 4))))
