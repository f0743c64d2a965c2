from diffcase import Cases

C = Cases("str_escapes")
C.add("named_escapes")
C.each("degrees", [21.54, -0.0])
