from diffcase import Cases

C = Cases("pyl_gap_redefine")
C.add("describe")
C.add("version", 1)
C.add("use")
