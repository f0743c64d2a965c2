import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_struct_buffer")
STAR = np.dtype([("ra", "f8"), ("dec", "f8"), ("mag", "f4"), ("flags", "i4")])
PT = np.dtype([("x", "f8"), ("y", "f8")])


def stars():
    return Lazy(lambda: np.array([(10.0, 1.0, 5.5, 0), (350.0, -2.0, 3.25, 1), (20.0, 0.5, 4.0, 0)], dtype=STAR))


C.add("brightest", stars())
C.add("brightest", Lazy(lambda: np.zeros(0, dtype=STAR)))
C.add("brightest", Lazy(lambda: np.zeros(2, dtype=[("ra", "f8"), ("dec", "f8"), ("mag", "f8"), ("flags", "i4")])),
      raises=ValueError, msg=True)
C.add("shift_ra", stars(), 15.0, show_args=True)
C.add("centroid", Lazy(lambda: np.array([(0.0, 1.0), (2.0, 3.0)], dtype=PT)))
C.add("centroid", Lazy(lambda: np.zeros(0, dtype=PT)))
C.add("centroid", Lazy(lambda: np.zeros((2, 2))), raises=ValueError, msg=True)
C.add("as_dict", Lazy(lambda: np.array([(0.0, 1.0), (2.0, 3.0)], dtype=PT)), 1)
