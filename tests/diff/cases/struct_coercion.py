from diffcase import Cases

C = Cases("struct_coercion")
C.add("pt_from_mapping", {"x": 1.0, "y": 2.0})
C.add("pt_from_mapping", {"x": 1, "y": 2, "z": 3})
C.add("pt_from_mapping", {"x": 1.0}, raises=ValueError, msg=True)
C.add("pt_from_mapping", 5, raises=TypeError, msg=True)
C.add("pt_from_mapping", {"x": "a", "y": 1}, raises=TypeError, msg=True)
C.add("pt_argument", {"x": 3.0, "y": 1.0})
C.add("pt_argument", None, raises=TypeError, msg=True)
C.add("rect_area", {"lo": {"x": 0, "y": 0}, "hi": {"x": 2, "y": 3}})
C.add("roundtrip", {"lo": {"x": 0, "y": 0}, "hi": {"x": 2, "y": 3}})
