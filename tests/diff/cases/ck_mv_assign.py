import numpy as np

from diffcase import ANY, Cases, Lazy


C = Cases("ck_mv_assign")


def arr(v, dtype=np.float64):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


C.add("copy_into", Lazy(lambda: np.zeros(3)), arr([1, 2, 3]), show_args=True)
C.add("copy_into", Lazy(lambda: np.zeros(6)[::2]), arr([1, 2, 3]), show_args=True)
C.add("copy_into", Lazy(lambda: np.zeros(3)), Lazy(lambda: np.arange(9.0)[::-3]))
C.add("copy_into", Lazy(lambda: np.zeros(3)), arr([1, 2]), raises=ValueError, msg=True)
C.add("copy_into", Lazy(lambda: np.zeros(0)), arr([]))
C.add("fill", Lazy(lambda: np.zeros((2, 3))), 7.5, show_args=True)
C.add("fill", Lazy(lambda: np.zeros((4, 6))[::2, 1::2]), -1.0, show_args=True)
C.add("fill", Lazy(lambda: np.zeros((0, 3))), 1.0)
C.add("fill_slice", Lazy(lambda: np.zeros(8, np.intc)), 1, 7, 2, 5, show_args=True)
C.add("fill_slice", Lazy(lambda: np.zeros(8, np.intc)), -1, 0, -3, 9)
C.add("fill_slice", Lazy(lambda: np.zeros(8, np.intc)), 5, 2, 1, 9)
C.add("fill_slice", Lazy(lambda: np.zeros(8, np.intc)), 0, 8, 0, 9, raises=ValueError, msg=True)
C.add("fill_slice", Lazy(lambda: np.zeros(4, np.intc)), 0, 4, 1, 2**31, raises=OverflowError, msg=True)
C.add("reverse_copy", Lazy(lambda: np.zeros(4)), arr([1, 2, 3, 4]), show_args=True)
C.add("block_copy", Lazy(lambda: np.zeros((4, 4))), Lazy(lambda: np.ones((2, 2))), 1, 2)
C.add("block_copy", Lazy(lambda: np.zeros((4, 4))), Lazy(lambda: np.ones((2, 2))), 3, 3, raises=ValueError, msg=True)
C.add("block_copy", Lazy(lambda: np.zeros((3, 3), order="F")), Lazy(lambda: np.arange(4.0).reshape(2, 2).T), 0, 0)
C.add("overlapping_shift", arr([1, 2, 3, 4, 5]), 2)
C.add("overlapping_shift", arr([1, 2, 3, 4, 5]), 0)
C.add("overlapping_shift", arr([1, 2, 3]), 5, raises=ANY)
C.add("set_column", Lazy(lambda: np.zeros((3, 2))), 1, arr([1, 2, 3]))
C.add("set_column", Lazy(lambda: np.zeros((3, 2))), -2, arr([1, 2, 3]))
C.add("set_column", Lazy(lambda: np.zeros((3, 2))), 1, arr([1, 2]), raises=ValueError, msg=True)
C.add("set_column", Lazy(lambda: np.zeros((3, 2))), 2, arr([1, 2, 3]), raises=IndexError, msg=True)
C.add("set_row_scalar", Lazy(lambda: np.zeros((2, 3), np.float32)), 1, 2.5)
C.add("set_row_scalar", Lazy(lambda: np.zeros((2, 3), np.float32)), 2, 2.5, raises=IndexError, msg=True)
C.add("copy_3d_planes", Lazy(lambda: np.zeros((3, 2, 2))), Lazy(lambda: np.arange(12.0).reshape(3, 2, 2)))
C.add("int_to_int_copy", Lazy(lambda: np.zeros(3, np.int_)), arr([5, 6, 7], np.int_))
C.add("scalar_assign_empty", Lazy(lambda: np.zeros(0)))
C.add("copy_bytes_into", Lazy(lambda: bytearray(b"......")), Lazy(lambda: bytearray(b"abc")))
C.add("copy_bytes_into", Lazy(lambda: bytearray(b"......")), b"abc", raises=BufferError, msg=True)
C.add("copy_bytes_into", Lazy(lambda: bytearray(b"..")), Lazy(lambda: bytearray(b"abc")), raises=ValueError, msg=True)
