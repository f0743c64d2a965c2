from diffcase import ANY, Cases, Lazy

C = Cases("ck_struct_nested")
SPECS = [((0, 0, 10), (1, 0, 0), 1.0), ((1, 1, 0.5), (0, 2, 3), 2.0)]
C.add("simulate", SPECS, 50, 0.01)
C.add("simulate", SPECS, 0, 0.01)
C.add("simulate", [], 10, 0.1)
C.add("simulate", [((0, 0), (0, 0, 0), 1.0)], 1, 0.1, raises=IndexError)
C.add("simulate", [((0, 0, 0), (0, 0, 0), "heavy")], 1, 0.1, raises=TypeError)
C.add("copy_semantics")
C.add("sort_by_mass", [3.0, 1.0, 2.0, 1.0])
C.add("sort_by_mass", [])
C.add("as_dicts", 1.0, -2.0, 0.5)
C.add("center_of_mass", [((0, 0, 0), 1.0), ((2, 0, 0), 3.0)])
C.add("center_of_mass", [((1, 1, 1), 0.0)], raises=ZeroDivisionError, msg=True)
