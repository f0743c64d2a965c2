import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_module_directives")
P = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-1, 3)]
C.each("c_divmod", P)
C.each("py_divmod", P)
C.add("py_divzero", 1, 0, raises=ZeroDivisionError, msg=True)
C.add("bucket", Lazy(lambda: np.array([-7, -1, 0, 1, 7, 15], np.int_)), 5)
C.add("checked_get", Lazy(lambda: np.arange(3.0)), -1)
C.add("checked_get", Lazy(lambda: np.arange(3.0)), 3, raises=IndexError, msg=True)
C.add("unchecked_sum", Lazy(lambda: np.arange(12.0).reshape(3, 4)[::-1, 1:]))
C.each("float_mod", [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-0.5, 1.0)])
C.each("mixed", [(7, 2), (-7, 2), (2**40 + 1, -3)])
C.each("with_block", [(7, 2), (-7, 2), (7, -2)])
