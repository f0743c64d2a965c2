from diffcase import ANY, Cases, Lazy

C = Cases("ck_c_promotions")
C.each("signed_vs_unsigned", [(-1, 5), (3, 5), (5, 5), (-(2**63), 0)])
C.each("int_vs_uint", [(-1, 1), (5, 3), (0, 0), (-5, 2**32 - 1)])
C.each("u8_promotion", [(200, 100), (1, 2), (255, 255), (0, 1)])
C.each("short_promotion", [(300, 300), (-32768, 1), (-32768, -1), (2, 3)])
C.each("shifts", [(1, 3), (-1, 1), (-16, 2), (2**62, 1), (5, 0)])
C.each("mixed_width", [(1, -2), (2**32 - 1, 1), (0, -(2**62))])
C.each("u16_mul", [(65535, 65535), (300, 300), (2, 3)])
C.each("compare_chain", [(-1, 0, 5), (1, 2, 3), (0, 5, 3)])
C.each("negate_unsigned", [0, 1, 2**31])
C.each("loop_compare", [0, 3])
