from diffcase import Cases

C = Cases("text_ucs4")
C.each("char_at", [("héllo", 1), ("abc", -1), ("😀x", 0)])
C.add("char_at", "abc", 3, raises=IndexError, msg=True)
C.add("char_at", "", 0, raises=IndexError, msg=True)
C.add("char_at", b"abc", 0, raises=TypeError, msg=True)
C.each("ascii_only", ["abc", "abé", "", "\x7f"])
C.each("count_digits", ["a1b22c333", "", "٣٤"])
C.each("swap_case_ascii", ["Hello World", "", "ÀÉ x"])
C.each("ucs4_identifier", ["_x", "9a", "", "é"])
