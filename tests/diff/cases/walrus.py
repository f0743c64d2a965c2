from diffcase import Cases

C = Cases("walrus")
C.each("first_long", [(["a", "abcd", "xyz"], 2), ([], 0)])
C.each("read_chunks", [(b"abcdefg", 3), (b"", 2)])
C.each("filtered_squares", [[1, 4, -5, 3], []])
