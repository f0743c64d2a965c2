import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_ptr2d")
C.add("ragged_sums", Lazy(lambda: np.array([1, 2, 3, 4], np.int_)))
C.add("ragged_sums", Lazy(lambda: np.array([], np.int_)))
C.add("ragged_sums", Lazy(lambda: np.array([2, -1], np.int_)), raises=ValueError, msg=True, tb=("ragged_sums", "alloc_rows"))
C.add("count_rows", Lazy(lambda: np.array([1, 2, 3], np.int_)))
C.add("count_rows", Lazy(lambda: np.array([], np.int_)))
C.add("sort_words", [b"pear", b"apple", b"fig", b"apple2", b""])
C.add("sort_words", [])
C.add("sort_words", [b"a", "b"], raises=TypeError, msg=True)
C.add("sort_words", [b"\xff", b"\x01"])
C.add("matrix_via_rows", Lazy(lambda: np.arange(6.0).reshape(2, 3)))
C.add("matrix_via_rows", Lazy(lambda: np.zeros((0, 3))))
C.add("matrix_via_rows", Lazy(lambda: np.zeros((2, 0))))
C.add("pointer_compare", Lazy(lambda: np.zeros(10)), 2, 7)
C.add("pointer_compare", Lazy(lambda: np.zeros(10)), 7, 2)
C.add("pointer_compare", Lazy(lambda: np.zeros(10)), 3, 3)
C.add("pointer_compare", Lazy(lambda: np.zeros(10)), 3, 10, raises=IndexError, msg=True)
