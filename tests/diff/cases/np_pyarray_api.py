import numpy as np

from diffcase import Cases, Lazy

C = Cases("np_pyarray_api")
C.add("scale_via_pyarray_data", Lazy(lambda: np.arange(4.0)), 2.0)
C.add("dims_of", Lazy(lambda: np.zeros((2, 3, 4))))
