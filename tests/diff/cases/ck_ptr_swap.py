from diffcase import ANY, Cases, Lazy

C = Cases("ck_ptr_swap")
C.each("swap_rows", [0, 1, 4, 5])
C.add("swap_ints", 1, 2)
