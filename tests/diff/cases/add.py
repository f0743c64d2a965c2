from diffcase import Cases

C = Cases("add")
C.each("add", [(1, 2), (1.5, 2), ("a", "b"), ([1], [2]), (2**64, 2**64), (True, True)])
C.add("add", 1, "a", raises=TypeError, msg=True)
C.add("add", 1, raises=TypeError, msg=True)
C.each("add_typed", [(1, 2), (1.5, 2.25), (1e308, 1e308), (0.1, 0.2)])
C.add("add_typed", "a", 1, raises=TypeError, msg=True)
C.add("add_typed", 2**1024, 1, raises=OverflowError, msg=True)
C.add("add_typed", y=1.0, x=2.0)
