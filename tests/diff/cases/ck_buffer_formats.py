import array

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_buffer_formats")


def z(dt):
    return Lazy(lambda: np.zeros(2, dtype=dt))


for f in ("take_long", "take_longlong", "take_ssize", "take_int64"):
    for dt in (np.int64, np.longlong, np.intp, np.int32, np.uint64):
        C.add(f, z(dt), raises=ANY, msg=True, label=f"{f}_{np.dtype(dt).char}")
for f in ("take_size", "take_ull"):
    for dt in (np.uint64, np.ulonglong, np.uintp, np.int64):
        C.add(f, z(dt), raises=ANY, msg=True, label=f"{f}_{np.dtype(dt).char}")
for f in ("take_uchar", "take_schar"):
    for dt in (np.uint8, np.int8, np.bool_):
        C.add(f, z(dt), raises=ANY, msg=True, label=f"{f}_{np.dtype(dt).char}")
    C.add(f, b"ab", raises=ANY, msg=True, label=f"{f}_bytes")
    C.add(f, Lazy(lambda: array.array("b", [1, -1])), raises=ANY, msg=True, label=f"{f}_array_b")
    C.add(f, Lazy(lambda: array.array("B", [1, 255])), raises=ANY, msg=True, label=f"{f}_array_B")
    C.add(f, Lazy(lambda: memoryview(b"abcd").cast("c")), raises=ANY, msg=True, label=f"{f}_cast_c")
C.add("take_double", Lazy(lambda: memoryview(b"\x00" * 16).cast("d")), label="take_double_cast_d")
C.add("take_double", Lazy(lambda: array.array("d", [1.0])), label="take_double_array_d")
C.add("take_double", Lazy(lambda: np.zeros(2, dtype=">f8")), raises=ANY, msg=True, label="take_double_bigendian")
C.add("take_double", Lazy(lambda: np.zeros(2, dtype=np.longdouble)), raises=ANY, msg=True, label="take_double_longdouble")
C.add("take_double", Lazy(lambda: np.zeros(2, dtype=[("a", "f8")])), raises=ANY, msg=True, label="take_double_record")
