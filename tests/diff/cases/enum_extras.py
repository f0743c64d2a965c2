from diffcase import Cases

C = Cases("enum_extras")
C.each("fixed_buffer", [0, 2])
C.add("mode_values")
C.each("mode_name", [0, 1])
C.add("mode_name", 5)
