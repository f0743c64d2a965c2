import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_packed_struct")
REC = np.dtype([("tag", "i1"), ("value", "i4"), ("w", "f8")])
C.add("sizes")
C.add("tag_sum", Lazy(lambda: np.array([(1, 10, 0.0), (-2, 7, 1.0)], dtype=REC)))
C.add("tag_sum", Lazy(lambda: np.array([(1, 10, 0.0)], dtype=np.dtype([("tag", "i1"), ("value", "i4"), ("w", "f8")], align=True))),
      raises=ValueError, msg=True)
C.each("local_struct", [(1, 2), (-128, 2**31 - 1)])
