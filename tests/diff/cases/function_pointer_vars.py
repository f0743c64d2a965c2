from diffcase import Cases

C = Cases("function_pointer_vars")
C.add("call_module", 21)
C.add("call_initialised", 5)
C.add("pick", True, 4)
C.add("pick", False, 4)
C.add("in_block", 2)
