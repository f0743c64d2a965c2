from diffcase import ANY, Cases, Lazy

C = Cases("ck_cdef_kwargs")
C.each("norms", [(3.0, 4.0), (0.0, 0.0), (-1.0, 1.0)])
C.each("weights", [0.75, -3.0, 5.0])
C.add("cp_weight", 0.3)
C.add("cp_weight", 3.0, hi=2.0)
C.add("cp_weight", 3.0, 0.0, 1.0, 5.0, raises=TypeError, msg=True)
C.add("names", [0, 20, 35, 50])
C.add("validate", [1.0, -1.0, 0.0])
C.add("validate", [1.0, float("nan")], raises=ValueError, msg=True, tb=("validate", "is_valid"))
