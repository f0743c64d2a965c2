from diffcase import ANY, Cases, Lazy

C = Cases("ck_extern_cnames")
C.each("math", [(3.0, 4.0), (-1.5, 2.0)])
C.each("typedefs", [0, 2**63])
C.add("typedefs", -1, raises=OverflowError, msg=True)
C.each("record", [(1, 2.5), (-5, 0.0)])
