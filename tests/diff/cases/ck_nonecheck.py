import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_nonecheck")
C.add("with_default")
C.add("set_default", 9)
C.add("with_default")
C.add("with_default", 3)
C.add("shape_of_none", raises=AttributeError, msg=True)  # .ndim of a None view
C.add("shape_of_none", Lazy(lambda: np.zeros(4)))
C.add("reject_none", None, raises=TypeError, msg=True)
C.add("reject_none", Lazy(lambda: np.zeros(2)))
C.add("checked_index", Lazy(lambda: np.arange(3.0)), 1)
C.add("checked_index", None, 0, raises=ANY, msg=True)
C.add("checked_copy", None, raises=ANY, msg=True)
C.add("checked_copy", Lazy(lambda: np.arange(3.0)))
C.add("checked_len", None, raises=ANY, msg=True)
C.add("optional_weights", Lazy(lambda: np.arange(3.0)))
C.add("optional_weights", Lazy(lambda: np.arange(3.0)), Lazy(lambda: np.array([1.0, 0.0, 2.0])))
C.add("optional_weights", Lazy(lambda: np.arange(3.0)), None)
