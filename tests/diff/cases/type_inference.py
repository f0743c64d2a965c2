import numpy as np

from diffcase import Cases, Lazy

C = Cases("type_inference")


def a(*v, dtype=np.float64):
    return Lazy(lambda: np.array(v, dtype=dtype))


for f in ("total", "best_value", "mean", "min_tracker"):
    C.add(f, a())
    C.add(f, a(0.5, 2.0, -1.0))
C.add("total", a(1.0, 2.0))
C.add("best_value", a(-5.0, -7.0))
C.each("power_loop", [(2.0, 0), (2.0, 3), (0.5, 2), (-1.0, 0)])
C.each("acc_from_int", [0, 3, -7])
C.each("maybe_float", [0, 1])
C.add("dot", a(), a())
C.add("dot", a(1.0, 2.0), a(3.0, 4.0, 5.0))
C.add("weighted", a(), 2.0)
C.add("weighted", a(1.0, 2.0), 0.5)
C.add("float32_acc", a(dtype=np.float32))
C.add("float32_acc", a(0.1, 0.2, dtype=np.float32))
C.add("int_acc", a(dtype=np.intc))
C.add("int_acc", a(1, 2, 3, dtype=np.intc))
C.add("counter_and_sum", a(), 0.0)
C.add("counter_and_sum", a(1.0, 2.0, 3.0), 1.5)
C.each("div_result", [(7, 2), (-1, 3)])
C.add("div_result", 1, 0, raises=ZeroDivisionError, msg=True)
C.each("double_then_object", [2.0, -0.0])
C.each("loop_var_type", [0, 3])
C.each("ratio_or_zero", [(1.0, 0.0), (1.0, 4.0)])
C.each("bool_or_double", [-1.0, 2.5])
C.add("squared_error", a(), a())
C.add("squared_error", a(1.0, 2.0), a(1.5, 2.5))
C.each("int_literal_then_float_literal", [0, 3])
C.each("ndarray_element_acc", [[], [1, 2], [0.5]])
C.add("ndarray_element_acc", a())
C.add("ndarray_element_acc", a(1.0, 2.0))
