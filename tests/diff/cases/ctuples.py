from diffcase import Cases

C = Cases("ctuples")
C.each("call_ctuple", [3, -7, 0])
C.add("call_ctuple", 2**40, raises=OverflowError)
C.each("local_ctuple", [(1, 2.5), (-3, 0.0)])
C.add("local_ctuple", 1, "x", raises=TypeError)
