from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_carray_coerce")
C.add("from_list", [1, 2, 3, 4.5])
C.add("from_list", [1, 2, 3], raises=ValueError, msg=True)
C.add("from_list", [1, 2, 3, "x"], raises=TypeError)
C.add("iterate_array")
C.add("array_to_list")
C.add("char_array_text")
