from diffcase import Cases

C = Cases("numpy_c_api_verbatim")
C.add("ready")
C.each("sample", [(0,), (1,), (2,)])
