import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_loop_vars")
C.each("after_loop", [0, 1, 5, -3])
C.each("after_break", [(10, 3), (10, 20), (0, 0)])
C.each("run_step", [(0, 10, 3), (10, 0, -3), (0, 10, -1), (5, 5, 1), (-5, 5, 4)])
C.add("run_step", 0, 10, 0, raises=ValueError, msg=True)
C.each("bounds_once", [0, 5])
C.each("unsigned_down", [0, 1, 4])
C.each("ssize_reverse", [0, 1, 5])
C.add("loop_else", Lazy(lambda: np.array([1.0, 2.0, 3.0])), 2.0)
C.add("loop_else", Lazy(lambda: np.array([1.0, 2.0, 3.0])), 5.0)
C.add("loop_else", Lazy(lambda: np.array([])), 5.0)
C.each("while_ptr", [(b"hello", 108), (b"hello", 122), (b"", 97)])
C.each("nested_continue", [0, 5, 20])
C.add("char_loop")
