from diffcase import Cases

C = Cases("legacy_def")
C.add("bins")
C.add("consts")
C.each("typed_use", [0, 3, -2])
C.add("typed_use", 2**40, raises=OverflowError)
C.each("shadowed", [1, 2.5])
C.each("in_nogil", [0, 4])
