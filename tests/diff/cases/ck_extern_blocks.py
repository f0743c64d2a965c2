from diffcase import ANY, Cases, Lazy

C = Cases("ck_extern_blocks")
C.each("math_bits", [2.5, 3.5, -2.5, 0.0, -0.0, 1024.0, 0.1])
C.each("divisions", [(7, 2), (-7, 2), (7, -2), (-(2**62), 3)])
C.add("divisions", 1, 0, raises=ZeroDivisionError, msg=True)
C.add("constants")
C.each("spans", [(b"  hello", b" "), (b"abc,def", b",;"), (b"", b"x"), (b"xyz", b"")])
C.each("verbatim", [(5, 0, 10), (-3, 0, 10), (99, 0, 10), (46340, -1, 1)])
