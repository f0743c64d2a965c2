from diffcase import Cases

C = Cases("legacy_for_from")
C.each("sum_from", [0, 10])
C.each("down_by", [0, 7])
C.each("final_value_up", [0, 5, -3])
C.each("final_value_down", [0, 5, 6])
C.each("inclusive_break_else", [0, 7, 5])
C.each("bounds_once", [10, 0])
C.each("exclusive_start", [(0, 3), (5, 5), (-3, 0)])
C.each("nested_triangle", [0, 1, 6])
C.add("sum_from", 2**40, raises=OverflowError)
