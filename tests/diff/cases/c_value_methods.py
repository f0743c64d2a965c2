from diffcase import Cases

C = Cases("c_value_methods")
C.each("int_bit_length", [0, 255, -256, 2 ** 31 - 1])
C.each("double_methods", [2.0, 2.5, -0.0, float("inf")])
C.each("longlong_to_bytes", [3, -1, 2 ** 62])
C.each("ssize_as_ratio", [7, -3])
C.add("missing_attr", 1, raises=AttributeError, msg=True)
