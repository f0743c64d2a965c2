from diffcase import Cases

C = Cases("c_array_coercion")
C.add("weights")
C.add("squares4")
C.add("from_list", [1, 2, 3])
C.add("from_list", [1, 2], raises=IndexError, msg=True)
C.add("from_list", [1, 2, "x"], raises=TypeError, msg=True)
