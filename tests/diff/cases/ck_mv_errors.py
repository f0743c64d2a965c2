import array

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_mv_errors")
for bad in ([1.0, 2.0], (1.0,), 3, "abc", {"a": 1}):
    C.add("take1", bad, raises=TypeError, msg=True)
C.add("take1", Lazy(lambda: np.zeros((2, 2))), raises=ValueError, msg=True)
C.add("take1", Lazy(lambda: np.zeros(2, np.float32)), raises=ValueError, msg=True)
C.add("take1", Lazy(lambda: np.zeros(2, np.int64)), raises=ValueError, msg=True)
C.add("take1", Lazy(lambda: array.array("f", [1.0])), raises=ValueError, msg=True)
C.add("take1", Lazy(lambda: np.frombuffer(b"\x00" * 8)), raises=ValueError, msg=True)
C.add("take1", b"abcdefgh", raises=BufferError, msg=True)
C.add("take2c", Lazy(lambda: np.zeros((2, 3), order="F")), raises=ValueError, msg=True)
C.add("take2c", Lazy(lambda: np.zeros((2, 6))[:, ::2]), raises=ValueError, msg=True)
C.add("take2c", Lazy(lambda: np.zeros(3)), raises=ValueError, msg=True)
C.add("take2c", Lazy(lambda: np.zeros((2, 3, 1))), raises=ValueError, msg=True)
C.add("take2c", Lazy(lambda: np.zeros((2, 3))))
C.add("take2f", Lazy(lambda: np.zeros((2, 3), np.float32)), raises=ValueError, msg=True)
C.add("take2f", Lazy(lambda: np.zeros((2, 3), np.float32, order="F")))
C.add("take2f", Lazy(lambda: np.zeros((3, 1), np.float32)))
A3 = Lazy(lambda: np.arange(24, dtype=np.intc).reshape(2, 3, 4))
C.add("get3", A3, 1, 2, 3)
C.add("get3", A3, 2, 0, 0, raises=IndexError, msg=True)
C.add("get3", A3, 0, 3, 0, raises=IndexError, msg=True)
C.add("get3", A3, 0, 0, -5, raises=IndexError, msg=True)
C.add("copy_to", Lazy(lambda: np.zeros((2, 3))), Lazy(lambda: np.ones((3, 2))), raises=ValueError, msg=True)
C.add("copy_to", Lazy(lambda: np.zeros((2, 3))), Lazy(lambda: np.ones((2, 2))), raises=ValueError, msg=True)
C.add("copy_to", Lazy(lambda: np.zeros((2, 3))), Lazy(lambda: np.ones((2, 3))))
C.add("pass_on", Lazy(lambda: np.arange(12.0).reshape(3, 4)), 1)
C.add("pass_on", Lazy(lambda: np.arange(12.0).reshape(3, 4)), 2, raises=ValueError, msg=True, tb=("pass_on",))
C.add("pass_on", Lazy(lambda: np.arange(12.0).reshape(3, 4)[:, :1]), 1, raises=ValueError, msg=True)
C.add("pass_on", Lazy(lambda: np.arange(12.0).reshape(3, 4)), 0, raises=ValueError, msg=True)
C.add("set_item", Lazy(lambda: np.zeros(3)), 3, 1.0, raises=IndexError, msg=True)
C.add("set_item", Lazy(lambda: np.zeros(3)), -4, 1.0, raises=IndexError, msg=True)
C.add("set_item", Lazy(lambda: np.zeros(3)), 0, "x", raises=TypeError, msg=True)
