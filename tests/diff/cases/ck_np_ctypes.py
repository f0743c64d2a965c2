import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_np_ctypes")
C.add("weighted_sum", Lazy(lambda: np.arange(4.0)), Lazy(lambda: np.ones(4, np.float32) / 2))
C.add("weighted_sum", Lazy(lambda: np.arange(4.0)), Lazy(lambda: np.ones(4) / 2), raises=ValueError, msg=True)
C.add("weighted_sum", Lazy(lambda: np.arange(4, dtype=np.float32)), Lazy(lambda: np.ones(4, np.float32)),
      raises=ValueError, msg=True)
C.add("count_mask", Lazy(lambda: np.array([0, 1, 5, 0], np.uint8)))
C.add("count_mask", Lazy(lambda: np.array([0, 1], np.int8)), raises=ValueError, msg=True)
z = lambda d: Lazy(lambda: np.array([], dtype=d))
C.add("widths", Lazy(lambda: np.array([-128, 127], np.int8)), Lazy(lambda: np.array([-32768], np.int16)),
      Lazy(lambda: np.array([2**32 - 1], np.uint32)), Lazy(lambda: np.array([2**62], np.int64)),
      Lazy(lambda: np.array([2**64 - 1, 1], np.uint64)))
C.add("widths", z(np.int8), z(np.int16), z(np.uint32), z(np.int64), z(np.uint64))
C.add("widths", z(np.uint8), z(np.int16), z(np.uint32), z(np.int64), z(np.uint64), raises=ValueError, msg=True)
C.add("widths", z(np.int8), z(np.int16), z(np.int32), z(np.int64), z(np.uint64), raises=ValueError, msg=True)
C.add("npy_intp_index", Lazy(lambda: np.arange(5, dtype=np.int32)), -2)
C.add("npy_intp_index", Lazy(lambda: np.arange(5, dtype=np.int32)), 5, raises=IndexError, msg=True)
C.add("sizes")
C.each("cast_chain", [3.7, -1.5, 300.2, 1e10, 0.1])
C.add("float64_views", Lazy(lambda: np.zeros((2, 2))), Lazy(lambda: np.arange(4.0).reshape(2, 2)[::-1]))
