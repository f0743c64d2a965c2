from diffcase import Cases

C = Cases("walrus")
C.each("first_long", [(["a", "abcd", "xyz"], 2), ([], 0)])
C.each("read_chunks", [(b"abcdefg", 3), (b"", 2)])
C.each("filtered_squares", [[1, 4, -5, 3], []])
C.each("typed_target", [[1, 2, 3, 4], [10]])
C.add("typed_target", [2**40], raises=OverflowError)
C.each("in_while_count", [b"", b"a,b,,c", b","])
C.each("short_circuit", [(0, 5), (1, 5), ("", [])])
C.each("value_of_expr", [1, 2.5])
C.add("value_of_expr", "s", raises=TypeError)
