from diffcase import Cases

C = Cases("pyl_nonlocal_state")
C.each("use_counter", [0, 3])
C.each("accumulate", [[], [1, 2, 3], [0.5, "x"] if False else [0.5, 1.5]])
C.add("accumulate", [1, "a"], raises=TypeError)
C.each("use_emitter", [1, -5])
C.each("nested_nonlocal", [0, 3])
C.each("limited", [(2, 5), (0, 2), (5, 3)])
C.each("fib_gen_closure", [0, 1, 15, 100])
C.each("shadowing", [1, None])
