from diffcase import Cases

C = Cases("pyl_gap_func_attrs")
C.add("use_counted", 3)
C.add("use_counted", 2)
C.add("add", 1, 2)
C.add("tagged")
C.add("set_and_read")
