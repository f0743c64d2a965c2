from contextlib import nullcontext

from diffcase import Cases, Lazy

C = Cases("pyl_traceback_frames")
C.each("top", [1, 5])
C.add("top", 0, raises=ValueError, msg=True, tb=("top", "py_layer", "cp_layer", "c_check"))
C.add("cp_layer", 0, raises=ValueError, msg=True, tb=("cp_layer", "c_check"))
C.add("top", 2**40, raises=OverflowError, tb=("py_layer",))
C.add("via_lambda", 5)
C.add("via_lambda", 0, raises=ZeroDivisionError, tb=("via_lambda",))
C.add("via_nested", "a")
C.add("via_nested", "b", raises=KeyError, msg=True, tb=("via_nested", "inner", "innermost"))
C.add("via_map", ["1", "2"])
C.add("via_map", ["1", "x"], raises=ValueError, msg=True)
C.add("via_sorted", ["b", "A"])
C.add("via_sorted", ["b", 1], raises=AttributeError, msg=True)
C.add("via_comprehension", [1, 2])
C.add("via_comprehension", [1, 0], raises=ZeroDivisionError, tb=("via_comprehension",))
C.add("recursive", 3, raises=RecursionError, msg=True, tb=("recursive",))
C.add("in_finally", 0, raises=ZeroDivisionError, tb=("in_finally",))
C.add("in_with", Lazy(nullcontext), 0)
C.add("in_with", Lazy(nullcontext), 3, raises=IndexError, tb=("in_with",))
