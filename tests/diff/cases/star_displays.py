from diffcase import Cases

C = Cases("star_displays")
C.each("concat", [([1, 2], (3,)), ("ab", "")])
C.add("concat", 1, [2], raises=TypeError, msg=True)
C.add("merge_options", {"a": 1, "b": 2}, {"b": 3})
C.each("head_tail", [[1, 2, 3], "x"])
C.add("head_tail", [], raises=ValueError, msg=True)
