from diffcase import ANY, Cases, Lazy

C = Cases("ck_charptr_conv")
C.each("slices", [(b"abcdef", 1, 4), (b"abcdef", 0, 0), (b"\xff\x00ab", 1, 3)])
C.each("nul_terminated", [b"abc", b"ab\x00cd", b""])
C.each("decode_parts", [("héllo".encode(), 1), (b"\xff\xfeab", 3)])
C.add("decode_parts", "héllo".encode(), 2)
C.each("from_str", ["abc", "€uro", ""])
