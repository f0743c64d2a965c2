import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_stdio_files")
C.add("roundtrip_binary", Lazy(lambda: np.array([1.5, -2.0, np.inf])))
C.add("roundtrip_binary", Lazy(lambda: np.zeros(0)))
C.each("write_then_read_lines", [0, 3])
C.each("count_bytes", [(b"hello world", 111), (b"", 0), (b"\xff\xff\x00", 255)])
C.add("open_missing", "/nonexistent/ck_stdio_files/x.bin", raises=FileNotFoundError, msg=True)
C.each("rand_sequence", [(1, 5), (42, 3)])
