import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_enum_sizes")
C.add("histogram16", Lazy(lambda: np.random.default_rng(1).random(200)), 0.0, 1.0)
C.add("histogram16", Lazy(lambda: np.array([])), 0.0, 1.0)
C.add("sizes")
C.each("evaluate", [(1, 3.0, 4.0), (2, 3.0, 4.0), (4, 3.0, 4.0), (8, 3.0, 4.0)])
C.add("evaluate", 8, 1.0, 0.0, raises=ZeroDivisionError, msg=True, tb=("evaluate", "apply"))
C.add("evaluate", 3, 1.0, 1.0, raises=ValueError, msg=True)
C.add("evaluate", 2, 0.0, 1.0)  # -1.0 is a legitimate result of except? -1
C.each("table_sum", [(3.0, 4.0), (1.0, 2.0)])
C.add("table_sum", 1.0, 0.0, raises=ZeroDivisionError, msg=True)
C.each("flags", [0, 5, 15, 16])
