from diffcase import Cases

C = Cases("module_conditional")
C.each("call_fast_sum", [[1, 2, 3], []])
C.add("call_version_tag")
C.each("call_to_json", [{"b": 1, "a": [1, 2]}, None])
C.add("call_last_loop_def")
C.add("module_flags")
C.add("import_missing_name")
C.add("import_missing_name_uncaught", raises=ImportError, msg=True)
C.add("import_missing_module")
