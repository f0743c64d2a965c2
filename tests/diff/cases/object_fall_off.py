from diffcase import Cases

C = Cases("object_fall_off")
C.add("call_untyped_pass")
C.each("call_object", [0, 3])
C.each("call_list", [0, 3])
C.add("call_cpdef")
C.add("cpdef_no_return")
C.add("call_array")
C.add("none_refcount_stays_balanced")

