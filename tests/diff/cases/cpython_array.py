import array
from diffcase import Cases, Lazy

C = Cases("cpython_array")
C.each("array_clone_fill", [(0, 1.0), (4, 0.5)])
C.add("array_sum", Lazy(lambda: array.array("d", [1.0, 2.5, 3.0])))
C.add("array_sum", [1.0], raises=TypeError, msg=True)
C.each("array_extend_int", [[1, 2, 3], []])
