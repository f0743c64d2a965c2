from diffcase import Cases

C = Cases("pure_python_mode")
C.each("call_cfunc", [4, -3])
C.each("ccall_inc", [4, -1])
C.add("ccall_inc", 2 ** 31, raises=OverflowError, msg=True)
C.add("declared")
C.each("locals_sum", [[1, 2.5], []])
C.add("locals_sum", ["a"], raises=TypeError, msg=True)
