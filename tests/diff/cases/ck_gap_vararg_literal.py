from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_vararg_literal")
C.add("sep_join", [b"a", b"bc", b""])
C.add("sep_join", [])
C.add("sep_join", [b"x" * 100, b"y" * 100], raises=ValueError, msg=True)
