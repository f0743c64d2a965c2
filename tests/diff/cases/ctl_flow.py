import random

from diffcase import Cases, Lazy

C = Cases("ctl_flow")
rng = random.Random(4001)

C.each("sign", [-5, 0, 7, -0.5, 2.5, 10**30, -(10**30)])
C.raises(TypeError, "sign", "a")
C.each("classify", [15, 10, 9, 7, 0, -3, 30])
C.each("while_sum", [0, 1, 10, 1000])
C.each("collatz_steps", [1, 6, 27, 97])
C.raises(OverflowError, "collatz_steps", 2**70)
C.each("range1", [0, 1, 5, -3])
C.each("range2", [(0, 5), (5, 0), (-3, 3), (2, 2)])
C.each("range3", [(0, 10, 3), (10, 0, -3), (0, 10, -1), (-5, 5, 2), (5, -5, -2), (0, 1, 100)])
C.raises(ValueError, "range3", 0, 10, 0)
C.each("range3_untyped", [(0, 10, 3), (10, 0, -3), (2**65, 2**65 + 10, 4), (-1, -10, -4)])
C.raises(ValueError, "range3_untyped", 0, 10, 0)
C.raises(TypeError, "range3_untyped", 0, 10.0, 1)
C.each("range_neg_step_typed", [10, 0, -1, 7])
C.each("range_ssize", [0, 100, 10000])
C.each("loop_var_after", [0, 1, 5])
C.each("loop_var_after_untyped", [0, 1, 5])
C.each("for_iterable", [[1, 2, 3], ((4.5, 5.5),), range(10), [], {1: "a", 2: "b"}])
C.raises(TypeError, "for_iterable", 5)
C.raises(TypeError, "for_iterable", ["a", 1])
C.add("for_dict_items", {"a": 1, "b": 2.5, "c": "x"})
C.raises(TypeError, "for_dict_items", [("a", 1)])
C.each("break_continue", [0, 5, 20])
C.each("for_else", [([1, 2, 3], 2), ([1, 2, 3], 5), ([], 0)])
C.each("for_else_typed", [(10, 3), (10, 30), (0, 0)])
C.each("while_else", [3, 7, 20])
C.each("nested_break", [0, 1, 10])
C.each("tuple_unpack", [((1, 2, 3),), ([4, 5, 6],), ("abc",)])
C.raises(ValueError, "tuple_unpack", (1, 2))
C.raises(ValueError, "tuple_unpack", (1, 2, 3, 4))
C.raises(TypeError, "tuple_unpack", 5)
C.each("swap", [(1, 2), ("a", None)])
C.add("nested_unpack", ((1, 2), 3))
C.raises(ValueError, "nested_unpack", ((1, 2, 3), 3))
C.each("star_unpack", [([1, 2, 3],), ((9,),), ("xyz",)])
C.raises(ValueError, "star_unpack", [])
C.each("unpack_typed", [((3, 0.5),), ([2**31 - 1, 1.0],)])
C.raises(OverflowError, "unpack_typed", (2**31, 1.0))
C.raises(TypeError, "unpack_typed", ("a", 1.0))
C.each("fib_pairs", [0, 1, 10, 90, 200])
C.each("augmented_names", [0, 7, -13, 2**40, 123456789])
C.each("augmented_float", [0.0, 1.0, -2.5, 1e300, float("inf")])
C.add("augmented_subscript", [1, 2, 3])
C.add("augmented_subscript", [1.5, "x", "y"], label="augmented_subscript_mixed", raises=TypeError)
C.add("augmented_dict", {"a": 1}, "a")
C.add("augmented_dict", {}, "b")
C.each("augmented_attribute", [1, 2.5, -7])
C.raises(TypeError, "augmented_attribute", "s")
C.each("assert_positive", [1, 0.5])
C.add("assert_positive", 0, raises=AssertionError, msg=True)
C.add("assert_positive", -2, raises=AssertionError, msg=True)
C.add("assert_no_msg", 0, raises=AssertionError, msg=True)
C.add("assert_no_msg", [1])
C.each("bump_global", [0, 5])
C.raises(UnboundLocalError, "del_name_then_use", True)
C.add("del_name_then_use", False)
C.add("del_item", [1, 2, 3, 4], 1)
C.add("del_item", [1, 2, 3, 4], -1)
C.raises(IndexError, "del_item", [1, 2], 5)
C.add("del_dict", {"a": 1, "b": 2}, "a")
C.raises(KeyError, "del_dict", {"a": 1}, "z")

class Recorder:
    def __init__(self, log, suppress=False):
        self.log = log
        self.suppress = suppress

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, kind, value, tb):
        self.log.append("exit:" + (kind.__name__ if kind is not None else "None"))
        return self.suppress


C.add("with_ok", Lazy(lambda: Recorder))
C.add("with_raise", Lazy(lambda: Recorder), False)
C.add("with_raise", Lazy(lambda: Recorder), True)
C.add("with_return", Lazy(lambda: Recorder))
C.each("with_nullcontext", [3, "ab"])
C.each("docstring_of", ["sign", "pass_stmt"])
C.add("pass_stmt")
C.each("conditional_expr", [11, 10, 0, -1])
C.each("while_true_counter", [1, 100])
for _ in range(10):
    a, b, s = rng.randint(-50, 50), rng.randint(-50, 50), rng.choice([-7, -3, -1, 1, 2, 5])
    C.add("range3", a, b, s, label="range3_random")
