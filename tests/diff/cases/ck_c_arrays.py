from diffcase import ANY, Cases, Lazy

C = Cases("ck_c_arrays")
C.each("local_1d", [0, 4, 10, 20])
C.add("local_2d")
C.each("struct_with_array", [1.0, 0.5, -2.0])
C.each("sbox_apply", [b"", b"\x00\xff\x12", bytes(range(16))])
C.each("copy_array", [0, 2, 6])
C.add("copy_array", 7, raises=ValueError, msg=True)
