import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_operator")
C.add("sum_with_deref", Lazy(lambda: np.array([1.0, 2.0, 3.5])))
C.add("sum_with_deref", Lazy(lambda: np.array([])))
C.add("sum_with_deref", Lazy(lambda: np.arange(6.0)[::2]), raises=ValueError, msg=True)
C.add("reverse_walk", Lazy(lambda: np.array([1, 2, 3], np.intc)))
C.add("reverse_walk", Lazy(lambda: np.array([], np.intc)))
C.each("post_increment", [(0, 3), (2**31 - 3, 2), (5, 0)])
C.each("address_of", [0, 5, -7])
C.each("struct_pointer_walk", [0, 3, 8, 20])
