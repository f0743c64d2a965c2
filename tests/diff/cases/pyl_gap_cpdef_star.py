from diffcase import Cases

C = Cases("pyl_gap_cpdef_star")
C.each("call_star", [(3,), (3, 5), (-4, -4)])
C.add("call_star", 3, 4, 5, raises=TypeError)
C.add("call_kw", a=1, b=3)
C.add("call_kw", a=1, b=3, t=0.25)
C.add("call_kw", a=1, raises=TypeError)
C.add("call_both", (1,), {"b": 2.0})
C.add("call_both", (1, 2, 3, 4), {}, raises=TypeError)
C.each("call_plain", [((5, 2),), ([1, 9],)])
C.add("call_plain", (1,), raises=TypeError)
C.add("call_plain", ("a", 1), raises=TypeError)
