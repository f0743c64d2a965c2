import numpy as np

from diffcase import Cases, Lazy

C = Cases("np_data_ptr")
C.add("sum_via_data", Lazy(lambda: np.arange(5.0)))
C.add("sum_via_data", Lazy(lambda: np.arange(5.0)[::2]), raises=ValueError, msg=True)
