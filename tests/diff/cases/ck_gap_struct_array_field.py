from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_struct_array_field")
C.each("as_dict", [(b"alpha", 1.5, True), (b"", -2.0, False)])
