from diffcase import Cases

C = Cases("pyl_module_init")
C.add("module_facts")
C.each("run_plugin", [("double", 4), ("triple", "ab"), ("square", 1.5)])
C.add("run_plugin", "cube", 2, raises=LookupError, msg=True)
C.add("add_plugin", "cube", 3)
C.add("run_plugin", "cube", 2)
C.add("add_plugin", "cube", 3, raises=ValueError, msg=True)
C.add("default_bound_at_def", 2)
C.add("default_bound_at_def", 2, scale=0.5)
