from diffcase import ANY, Cases, Lazy

C = Cases("ck_struct_fields")
C.each("by_value", [1.0, -3.5])
C.each("name_field", [b"abc", b"abcdefghijkl", b""])
