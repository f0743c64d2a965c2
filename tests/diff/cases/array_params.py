from diffcase import Cases

C = Cases("array_params")
C.add("run")
