from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_nogil_swap")
C.each("cidx", [(4, 0, 1), (4, 3, 2), (5, 1, 4)])
C.each("median3", [(3.0, 1.0, 2.0), (1.0, 2.0, 3.0), (-0.0, 0.0, -1.0)])
C.each("fib_nogil", [0, 1, 10, 90])
