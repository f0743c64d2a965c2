from diffcase import Cases

C = Cases("mv_from_pointer")
C.each("ptr_to_array", [1, 4])
C.each("ptr_view_2d", [(2, 3), (1, 1)])
C.each("ptr_view_checked", [(3, 0), (3, -1)])
C.add("ptr_view_checked", 3, 3, raises=IndexError, msg=True)
