from diffcase import Cases

C = Cases("legacy_def")
C.add("bins")
