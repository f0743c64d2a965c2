import numpy as np

from diffcase import Cases, Lazy

C = Cases("closure_c_capture")
C.each("use_scaler", [(2.0, 3), (0.5, 1.0)])
C.add("use_scaler", 2.0, "ab", raises=TypeError, msg=True)
C.add("argsort_by_view", Lazy(lambda: np.array([3.0, 1.0, 2.0])))
C.add("argsort_by_view", Lazy(lambda: np.zeros(0)))
C.each("filter_above", [([1, 5, 3, 7], 3), ([], 0)])
C.each("count_with_cdef_local", [[1, 2, 3, 4], []])
C.each("late_binding_c", [5, -2])
C.add("late_binding_c", 2**40, raises=OverflowError)
C.each("truncates_on_assign", [2.7, -3.9])
C.add("view_sum_via_def", Lazy(lambda: np.arange(4.0)), 0.5)
C.add("view_sum_via_def", Lazy(lambda: np.zeros(0)), 2.0)
