from diffcase import Cases

C = Cases("text_ptr_slice")
C.each("upper_ascii", [b"Hello World 123", b"", b"\x80abc\xff"])
C.each("cstr_from_bytes_slice", [(b"hello world", 0, 5), (b"hello", 1, 3), (b"abc", 2, 2), (b"a\x00b", 0, 3)])
C.each("repeat_byte", [(65, 3), (0, 2), (66, 0)])
