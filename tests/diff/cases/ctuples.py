import numpy as np

from diffcase import Cases, Lazy

C = Cases("ctuples")
C.each("call_ctuple", [3, -7, 0])
C.add("call_ctuple", 2**40, raises=OverflowError)
C.each("local_ctuple", [(1, 2.5), (-3, 0.0)])
C.add("local_ctuple", 1, "x", raises=TypeError)
C.each("range_of", [Lazy(lambda: np.array([3.0, -1.0, 7.5])), Lazy(lambda: np.array([2.0]))])
C.each("call_with_tuples", [(1.0, 2.0), (-0.5, 0.0)])
C.each("from_python", [((1, 2.5, 3),), ([2**40, -1.0, -5],)])
C.add("from_python", (1, 2), raises=TypeError, msg=True)
C.add("from_python", 3, raises=TypeError, msg=True)
C.add("from_python", (1, 2.0, 2**40), raises=OverflowError, msg=True)
C.add("from_python", (1, "x", 2), raises=TypeError)
C.each("nested", [0, 7, -3])
C.each("reassign", [0, 1, 10, 40])
C.each("runtime_index", [(3, 0), (3, 1), (3, -2)])
C.add("runtime_index", 3, 5, raises=IndexError, msg=True)
