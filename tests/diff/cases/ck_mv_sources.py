import array

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_mv_sources")
C.each("ramp", [(0,), (4,), (3, 0.5), (2, -1)])
C.add("ramp", -1, raises=ValueError)
C.add("evens_sum", Lazy(lambda: np.arange(7, dtype=np.int_)), show_args=True)
C.add("evens_sum", Lazy(lambda: array.array("l", [1, 2, 3, 4])), show_args=True)
C.add("evens_sum", Lazy(lambda: array.array("i", [1, 2, 3, 4])), raises=ValueError, msg=True)
C.add("array_array_double", Lazy(lambda: array.array("d", [1.0, 2.5])), show_args=True)
C.add("array_array_double", Lazy(lambda: array.array("f", [1.0, 2.5])), raises=ValueError, msg=True)
C.add("array_array_double", Lazy(lambda: array.array("d")), show_args=True)
C.add("array_array_int", Lazy(lambda: array.array("i", [1, -2, 2**31 - 1])))
C.add("array_array_int", Lazy(lambda: array.array("I", [1])), raises=ValueError, msg=True)
C.add("array_array_int", Lazy(lambda: array.array("h", [1])), raises=ValueError, msg=True)
C.add("bytearray_upper", Lazy(lambda: bytearray(b"hello, World!")), show_args=True)
C.add("bytearray_upper", b"hello", raises=BufferError, msg=True)
C.add("bytearray_upper", Lazy(lambda: memoryview(bytearray(b"abc"))[1:]), show_args=True)
C.add("bytearray_upper", Lazy(lambda: np.frombuffer(bytearray(b"xyz"), dtype=np.uint8)), show_args=True)
C.add("pymemoryview_cast", Lazy(lambda: memoryview(bytes(range(8))).cast("I")))
C.add("pymemoryview_cast", Lazy(lambda: memoryview(bytes(range(8))).cast("i")), raises=ValueError, msg=True)
C.add("pymemoryview_cast", Lazy(lambda: memoryview(bytes(range(8)))), raises=ValueError, msg=True)
C.add("roundtrip_asarray", Lazy(lambda: np.zeros((2, 3))), show_args=True)
C.add("roundtrip_asarray", Lazy(lambda: np.zeros((4, 6))[::2, 1:]), show_args=True)
C.add("new_view_from_list", [1, 2.5, 3])
C.add("new_view_from_list", [])
C.add("new_view_from_list", ["x"], raises=ValueError)
C.add("float32_from_array", Lazy(lambda: array.array("f", [0.1, 0.2, 0.3])))
C.add("float32_from_array", Lazy(lambda: np.array([1e38, 1e38], np.float32)))
C.add("view_of_view", Lazy(lambda: np.arange(5.0)), show_args=True)
C.add("view_of_view", Lazy(lambda: np.arange(2.0)), raises=IndexError, msg=True)
