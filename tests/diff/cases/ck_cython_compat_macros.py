from diffcase import Cases

C = Cases("ck_cython_compat_macros")
C.add("flags")
C.add("fast_path_taken", [1, 2, 3])
C.add("fast_path_taken", [])
C.add("config")
