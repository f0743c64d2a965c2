from diffcase import Cases

C = Cases("c_enums")
C.each("color_flags", [1, 2, 4, 5])
C.each("kind_name", [0, 1, 2, 9])
C.each("cycle_kinds", [(0, 5), (2, 2)])
