from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_libc_limits")
C.add("narrow_limits")
C.each("saturate_i16", [0, 40000, -40000, 32767, -32768])
C.add("float_params")
