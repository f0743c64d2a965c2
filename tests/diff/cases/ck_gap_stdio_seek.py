from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_stdio_seek")
C.each("file_size_and_first", [b"hello", b"ab", b"x" * 1000])
