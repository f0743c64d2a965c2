import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_utf8")
C.each("utf8_validate", ["héllo wörld €𝄞".encode(), b"", b"ascii", b"\xc3", b"\xc0\x80", b"\xed\xa0\x80",
                          b"\xf4\x90\x80\x80", b"ok\xffok", b"\xe2\x82", b"\xf0\x9d\x84\x9e"])
C.add("utf8_validate", Lazy(lambda: bytearray("ü".encode())))
C.add("ascii_lower_inplace", Lazy(lambda: bytearray(b"Hello WORLD 123 \xc3\x84")), show_args=True)
C.add("ascii_lower_inplace", b"ABC", raises=BufferError)
C.each("hex_encode", [b"", b"\x00\xff\x10", bytes(range(0, 256, 17))])
C.each("hex_decode", [b"", b"00ff10", b"DEADbeef"])
C.add("hex_decode", b"abc", raises=ValueError, msg=True)
C.add("hex_decode", b"zz", raises=ValueError, msg=True)
C.add("hex_decode", b"0g", raises=ValueError, msg=True)
C.add("decode_fields", "a,ü,,€".encode(), 44)
C.add("decode_fields", b"x\xffy;z", 59)
C.add("decode_fields", b"", 44)
C.each("escape_controls", [b"plain", b"tab\there\n", b"\x00\x7f\x1f"])
C.each("count_newlines_str", ["a\nb\n", "", "€\n"])
C.add("count_newlines_str", b"a\n", raises=TypeError, msg=True)
