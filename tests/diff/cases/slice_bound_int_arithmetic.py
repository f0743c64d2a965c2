from diffcase import Cases

C = Cases("slice_bound_int_arithmetic")
C.each("head_len", [(-2**31,), (-2**31 + 3,), (2**31 - 1,), (0,), (2,), (6,), (-1,)])
C.each("tail_len", [(2**31 - 1, 1), (1, 2), (-2**31, -1), (-3, 1)])
