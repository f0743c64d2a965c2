from diffcase import ANY, Cases, Lazy

C = Cases("exceptions")

C.add("raise_value", "boom", raises=ValueError, msg=True, tb=("raise_value",))
C.add("raise_type_only", raises=KeyError, msg=True)
C.add("raise_from", 2)
C.add("raise_from", 0, raises=RuntimeError, msg=True)
C.each("cause_of", [0, 1])
C.add("raise_from_none", raises=ValueError, msg=True)
C.add("context_of")
C.each("try_except_else_finally", [2, 0])
C.add("try_except_else_finally", "a", raises=TypeError)
C.each("except_tuple", [0, 1, 2, 3])
C.each("except_base_order", [0, 5, -4])
C.add("except_base_order", "x", raises=TypeError)
C.add("finally_return_override")
C.add("finally_runs_on_raise", [], raises=ValueError, show_args=True)
C.each("finally_in_loop", [0, 3, 10])
C.add("reraise", "12")
C.add("reraise", "x1", raises=ValueError, msg=True, tb=("reraise",))
C.each("nested_try", [0, 1, 5])


class MyError(ValueError):
    pass


C.add("catch_custom", Lazy(lambda: MyError), 0)
C.add("catch_custom", Lazy(lambda: MyError), "a")
C.add("custom_error", Lazy(lambda: MyError), 3, raises=ANY, msg=True)
C.add("exception_args")
C.add("as_var_cleared")
C.add("raise_instance_of_class", KeyError, raises=KeyError, msg=True)
C.add("raise_instance_of_class", ArithmeticError, raises=ArithmeticError, msg=True)
C.add("raise_not_exception", raises=TypeError, msg=True)
C.add("typed_loop_then_raise", 5)
C.add("typed_loop_then_raise", 100, raises=OverflowError, msg=True)
C.add("stop_iteration", Lazy(lambda: iter([1])))
C.add("stop_iteration", Lazy(lambda: iter([])))
C.add("stop_iteration", 5, raises=TypeError)
C.add("error_in_except", 1)
C.add("error_in_except", 0, raises=ZeroDivisionError, msg=True)
C.each("exception_str_repr", ["x", 3])
C.each("assert_in_try", [1, -1])
