from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_carray_slice")
C.add("bitreverse8_table")
C.each("char_prefix", [0, 3, 8])
C.each("uchar_mid", [(0, 5), (1, 3), (2, 2)])
