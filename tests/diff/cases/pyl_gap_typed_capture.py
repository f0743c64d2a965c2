from diffcase import Cases

C = Cases("pyl_gap_typed_capture")
C.add("scale_all", [1, 2.5, -3], 2.0)
C.add("scale_all", [], 0.5)
C.each("use_offset", [(3, 4), (-1, 1.5)])
C.add("use_offset", 1, "a", raises=TypeError)
C.add("sort_by_distance", [1, 5, 9, 4, 6], 5.2)
C.each("typed_local_capture", [0, 10])
C.add("threshold_filter", [1, 5, 9, 3, 7], 3, 8)
