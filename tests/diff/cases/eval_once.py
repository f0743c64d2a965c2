from types import SimpleNamespace

import numpy as np

from diffcase import Cases, Lazy

C = Cases("eval_once")
C.add("aug_list_index", [1, 2])
C.add("aug_list_index", [], raises=IndexError, msg=True)
C.add("aug_object_and_index", [1, 2])
C.add("aug_attribute", Lazy(lambda: SimpleNamespace(v=1)))
C.add("aug_attribute", Lazy(lambda: SimpleNamespace(w=1)), raises=AttributeError, msg=True)
C.add("aug_view_index", Lazy(lambda: np.zeros(3)))
C.add("aug_typed_dict", {"a": 1})
C.add("aug_typed_dict", {}, raises=KeyError, msg=True)
C.add("aug_slice", [1, 2, 3])
C.add("count_popped", {"a": 0, "b": 0}, ["a", "b", "b"])
C.add("count_popped", {"a": 0}, ["a", "z"], raises=KeyError, msg=True)
C.add("aug_nested", [[1, 2], [3, 4]])
C.add("chained_assign", [0, 0])
C.add("displays_order")
C.each("short_circuit", [(0, 1), (2, 0), (3, 4)])
C.add("binop_order")
C.add("store_order", [0])
C.each("cond_expr", [0, 1])
C.each("typed_short", [(0, 1), (1, 1)])
C.add("c_binop", 3)
C.each("iterate_once", [[1, 2, 3], ((),)])
