from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_struct_forward")
C.each("star", [0, 1, 4])
