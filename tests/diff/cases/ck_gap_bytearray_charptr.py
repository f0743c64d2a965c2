from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_bytearray_charptr")
C.add("upper_in_place", Lazy(lambda: bytearray(b"Hello, world")), show_args=True)
C.add("upper_in_place", Lazy(lambda: bytearray()))
C.add("upper_in_place", b"abc", raises=TypeError, msg=True)
C.each("concat_c", [(b"ab", b"cd"), (b"", b"x"), (b"\x00", b"\x00")])
