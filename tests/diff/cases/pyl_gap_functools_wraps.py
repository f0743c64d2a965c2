from diffcase import Cases

C = Cases("pyl_gap_functools_wraps")
C.add("info")
C.add("use", 3)
C.add("area", 4)
C.add("update_wrapper_direct")
