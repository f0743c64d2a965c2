from diffcase import ANY, Cases, Lazy

C = Cases("ck_union_bits")
INF, NAN = float("inf"), float("nan")
C.each("float_bits", [0.0, -0.0, 1.0, -2.5, INF, 1e-45, 3.4028234663852886e38, 0.1])
C.each("double_bits", [0.0, -0.0, 1.0, INF, 5e-324, 0.1])
C.each("from_bits", [0, 0x3F800000, 0x7F800000, 0x80000000, 1])
C.each("fast_inv_sqrt", [1.0, 4.0, 0.25, 100.0])
C.each("ulp_distance", [(1.0, 1.0), (0.0, -0.0), (1.0, 1.0000001), (-1.0, 1.0)])
C.each("to_half", [0.0, -0.0, 1.0, 65504.0, 70000.0, 1e-5, 1e-8, INF, -2.5, 0.333333])
C.add("sizes")
