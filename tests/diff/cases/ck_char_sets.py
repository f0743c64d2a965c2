from diffcase import ANY, Cases, Lazy

C = Cases("ck_char_sets")
C.each("classify", [b"a1, b_2;\tZ!", b"", b"\xff\x00"])
C.each("count_sep", [b"a,b;c|d", b"", b"none"])
C.each("bytes_index", [(b"hello", 1), (b"hello", -1)])
C.add("bytes_index", b"hi", 4, raises=IndexError, msg=True)
C.add("bytes_index", b"", 0, raises=IndexError, msg=True)
C.each("strip_c", [b"  x y \t", b"", b"\t\t", b"abc"])
