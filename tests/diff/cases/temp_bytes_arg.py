from diffcase import Cases

C = Cases("temp_bytes_arg")
C.each("utf8_len", ["abc", "", "héllo"])
C.each("concat_len", [b"ab", b""])
C.each("same_text", [("a", "a"), ("a", "b")])
C.add("same_text", "é", "e", raises=UnicodeEncodeError)
C.each("parse_int", ["42", "-7x", "x"])
C.each("parse_float", [" 1.5 ", "1e3", "abc"])
