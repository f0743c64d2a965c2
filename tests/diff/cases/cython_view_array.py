from diffcase import Cases

C = Cases("cython_view_array")
C.each("zeros_2d", [(2, 3), (1, 1)])
C.each("int_buffer", [1, 5])
