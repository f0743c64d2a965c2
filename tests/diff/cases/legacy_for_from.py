from diffcase import Cases

C = Cases("legacy_for_from")
C.each("sum_from", [0, 10])
C.each("down_by", [0, 7])
