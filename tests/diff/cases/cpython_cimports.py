import array

from diffcase import Cases, Lazy

C = Cases("cpython_cimports")
C.each("pymem_squares", [0, 5])
C.each("pymem_grow", [0, 1, 2, 9])
C.each("bytes_from_buffer", [0, 3, 30])
C.each("checked_loop", [0, 10, 5000])
