import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_error_recovery")
NAN = np.nan
C.add("clean_rows", Lazy(lambda: np.array([[1.0, 2.0], [NAN, 1.0], [3.0, NAN], [0.0, 0.0]])))
C.add("clean_rows", Lazy(lambda: np.zeros((0, 2))))
C.add("safe_ratios", Lazy(lambda: np.array([7, -7, 5, 0], np.int_)), Lazy(lambda: np.array([2, 2, 0, 0], np.int_)))
C.add("safe_ratios", Lazy(lambda: np.array([-1], np.int_)), Lazy(lambda: np.array([1], np.int_)))
C.add("clipped", Lazy(lambda: np.array([0.5, 2.0, -1.0, np.inf])), 0.0, 1.0, False)
C.add("clipped", Lazy(lambda: np.array([0.5, 2.0])), 0.0, 1.0, True, raises=OverflowError, msg=True,
      tb=("clipped", "check_range"))
C.add("first_error", Lazy(lambda: np.array([[1.0], [2.0]])))
C.add("first_error", Lazy(lambda: np.array([[1.0], [NAN]])), raises=RuntimeError, msg=True, tb=("first_error",))
