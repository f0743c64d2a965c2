from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_charptr_arg")
C.each("djb2", [b"", b"hello", b"hello\0world", b"\xff\xfe"])
C.add("djb2", "hello", raises=TypeError, msg=True)
C.add("djb2", None, raises=TypeError, msg=True)
C.add("djb2", Lazy(lambda: bytearray(b"abc")))
C.each("count_char", [(b"banana", b"a"[0]), (b"", 97), (b"a\0a", 97)])
C.add("count_char", b"abc", 300, raises=OverflowError, msg=True)
C.each("first_byte", [b"\xff", b""])
