from diffcase import Cases

C = Cases("pyl_gap_global_created")
C.add("get_registry", raises=NameError, msg=True)
C.add("module_names")
C.add("lazy_cache")
C.add("lazy_cache")
C.add("set_registry", {"a": 1})
C.add("get_registry")
C.add("module_names")
C.add("drop_lazy")
C.add("drop_lazy", raises=AttributeError, msg=True)
C.add("lazy_cache")
