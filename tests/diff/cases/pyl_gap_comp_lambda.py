from diffcase import Cases

C = Cases("pyl_gap_comp_lambda")
C.each("late_binding", [0, 3])
C.add("handlers", ["a", "b"])
C.add("adders", [1, 2, 3])
C.add("bound_default", 4)
C.add("top_terms", [{"a": 1, "b": 3, "c": 2}, {}, {"x": 0.5, "y": 0.5}], 2)
