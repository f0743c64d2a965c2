from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_cython_typeof")
C.add("typeofs", 1, 2.0)
