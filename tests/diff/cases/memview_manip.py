import array

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("memview_manip")


def ar(*shape, dtype=np.float64, order="C", seed=0):
    def make():
        n = int(np.prod(shape))
        return np.array(np.arange(n, dtype=np.float64).reshape(shape), dtype=dtype, order=order)

    return Lazy(make)


def ro(*shape):
    def make():
        a = np.arange(float(np.prod(shape))).reshape(shape)
        a.flags.writeable = False
        return a

    return Lazy(make)


C.add("flip_rows_inplace", ar(3, 2), show_args=True)
C.add("flip_rows_inplace", ar(4, 3, order="F"))
C.add("flip_rows_inplace", ar(0, 3))
C.add("flip_rows_inplace", Lazy(lambda: np.arange(12.0).reshape(4, 3)[::-1, 1:]))
C.add("flip_rows_inplace", ro(2, 2), raises=ValueError, msg=True)
C.add("reversed_view_sum", ar(4))
C.add("reversed_view_sum", ar(0))
C.add("reversed_view_sum", Lazy(lambda: np.arange(10.0)[::3]))
C.add("transpose_copy", ar(2, 3))
C.add("transpose_copy", ar(2, 3, order="F"))
C.add("crop", ar(5, 6), 1, 2, 3, 2)
C.add("crop", ar(5, 6), 4, 4, 10, 10)
C.add("crop", ar(5, 6), -2, 0, 2, 3)
C.add("crop", ar(5, 6), 0, 0, 0, 0)
C.add("channel_means", Lazy(lambda: (np.arange(24) % 256).astype(np.uint8).reshape(2, 4, 3)))
C.add("channel_means", Lazy(lambda: np.zeros((0, 2, 3), dtype=np.uint8)))
C.add("channel_means", ar(2, 2, 3), raises=ValueError, msg=True)
C.add("to_gray", Lazy(lambda: (np.arange(36) * 7 % 256).astype(np.uint8).reshape(3, 4, 3)))
C.add("to_gray", Lazy(lambda: np.full((1, 1, 3), 255, dtype=np.uint8)))
C.add("to_gray", Lazy(lambda: np.zeros((2, 2, 3), dtype=np.uint8)[:, ::-1, :]), raises=ValueError, msg=True)
C.add("fill_border", ar(4, 5), -1.0)
C.add("fill_border", ar(1, 1), 9.0)
C.add("fill_border", ar(0, 3), 9.0, raises=IndexError, msg=True)
C.add("zero_all", ar(2, 3, 4))
C.add("zero_all", Lazy(lambda: np.ones((3, 4, 5))[::2, 1:, ::-2]))
C.add("copy_into", ar(2, 3), Lazy(lambda: -np.ones((2, 3))))
C.add("copy_into", ar(2, 3), Lazy(lambda: np.ones((3, 2)).T))
C.add("copy_into", ar(2, 3), Lazy(lambda: np.ones((2, 2))), raises=ValueError, msg=True)
C.add("copy_into_slice", ar(6), Lazy(lambda: np.array([-1.0, -2.0])), 2)
C.add("copy_into_slice", ar(6), Lazy(lambda: np.array([-1.0, -2.0])), 5, raises=ValueError, msg=True)
C.add("array_array_view", Lazy(lambda: array.array("i", [1, 2, 3])))
C.add("array_array_view", Lazy(lambda: array.array("l", [1, 2, 3])), raises=ValueError, msg=True)
C.add("array_array_view", Lazy(lambda: array.array("i")))
C.add("array_array_view", [1, 2], raises=TypeError, msg=True)
C.add("double_array_view", Lazy(lambda: array.array("d", [1.5, 2.5])))
C.add("double_array_view", Lazy(lambda: array.array("f", [1.5])), raises=ValueError, msg=True)
C.add("bytearray_view", Lazy(lambda: bytearray(b"\x00\x10\xff")))
C.add("bytearray_view", Lazy(lambda: bytearray()))
C.add("readonly_sum", ro(3, 4))
C.add("readonly_sum", ar(2, 2))
C.add("readonly_sum", Lazy(lambda: b"abcd"), raises=ValueError, msg=True)
C.add("write_readonly", ro(3), raises=ValueError, msg=True)
C.add("write_readonly", Lazy(lambda: b"abcdefgh"), raises=ANY)
C.add("view_shape_info", ar(2, 3, 4))
C.add("view_shape_info", ar(2, 3, 4, order="F"))
C.add("view_shape_info", Lazy(lambda: np.zeros((4, 6, 2))[::2, ::-3]))
C.add("slices_3d", ar(2, 3, 4))
C.add("slices_3d", ar(2, 3, 4, order="F"))
C.add("slices_3d", ar(1, 3, 4), raises=IndexError, msg=True)
C.add("swap_rows", ar(3, 2), 0, 2)
C.add("swap_rows", ar(3, 2), 1, 1)
C.add("swap_rows", ar(3, 2), -1, 0)
C.add("swap_rows", ar(3, 2), 0, 3, raises=IndexError, msg=True)
C.add("view_as_ndarray_shares", ar(3))
C.add("int_view_ops", Lazy(lambda: np.array([3, -9, 7, 7, 2], dtype=np.int64)))
C.add("int_view_ops", Lazy(lambda: np.array([], dtype=np.int64)), raises=IndexError, msg=True)
C.add("int_view_ops", Lazy(lambda: np.array([1.0])), raises=ValueError, msg=True)
C.add("f32_view_roundtrip", ar(4, dtype=np.float32))
C.add("f32_view_roundtrip", Lazy(lambda: np.arange(8, dtype=np.float32)[::-2]))
C.add("cumulative_2d", ar(3, 4))
C.add("cumulative_2d", ar(1, 1))
C.add("assign_from_ndarray_broadcast", ar(3, 2), Lazy(lambda: np.array([7.0, 8.0])))
C.add("assign_from_ndarray_broadcast", ar(3, 2), Lazy(lambda: np.array([7.0])))
C.add("assign_from_ndarray_broadcast", ar(3, 2), Lazy(lambda: np.array([7.0, 8.0, 9.0])), raises=ValueError, msg=True)
C.add("view_none_default")
C.add("view_none_default", None)
C.add("view_none_default", ar(3))
