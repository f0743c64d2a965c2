from diffcase import Cases

C = Cases("complex_untyped")
C.each("complex_untyped", [(1, 2), (0.5, -1.5), (0, 0)])
C.add("complex_untyped", "a", 1, raises=TypeError, msg=True)
C.each("roots_of_unity", [1, 4])
C.each("conj_product", [1 + 2j, 3, -1.5])
