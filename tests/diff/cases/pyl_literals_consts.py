from diffcase import Cases

C = Cases("pyl_literals_consts")
for f in ("ints", "bigs", "floats", "strings", "folded", "typed_consts", "escapes", "byte_items", "char_literals"):
    C.add(f)
