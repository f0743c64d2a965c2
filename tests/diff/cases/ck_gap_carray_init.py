from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_carray_init")
C.add("literal_init")
C.each("slice_assign", [0, -7])
C.each("name_of", [0, 2])
C.add("name_of", 3, raises=IndexError, msg=True)
