import random

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("memview_basic")
rng = np.random.default_rng(4007)


def arr(values, dtype="float64"):
    return Lazy(lambda: np.array(values, dtype=dtype))


def ro(values, dtype="float64"):
    def make():
        a = np.array(values, dtype=dtype)
        a.setflags(write=False)
        return a
    return Lazy(make)


def rand(n, seed):
    return Lazy(lambda: np.random.default_rng(seed).uniform(-10, 10, n))


def arange(*shape, dtype="float64", order="C"):
    n = int(np.prod(shape))
    return Lazy(lambda: np.array(np.arange(n, dtype=dtype).reshape(shape), order=order))


C.add("mv_sum", arr([1.0, 2.0, 3.5]))
C.add("mv_sum", arr([]))
C.add("mv_sum", rand(1000, 1))
C.add("mv_sum", Lazy(lambda: np.arange(20.0)[::3]), label="mv_sum_strided")
C.add("mv_sum", Lazy(lambda: np.arange(20.0)[::-2]), label="mv_sum_negative_stride")
C.add("mv_sum", arr([1, 2], "float32"), raises=ValueError, msg=True)
C.add("mv_sum", arr([1, 2], "int64"), raises=ValueError, msg=True)
C.add("mv_sum", arange(2, 2), raises=ValueError, msg=True)
C.add("mv_sum", [1.0, 2.0], raises=TypeError)
C.add("mv_sum", "abc", raises=ANY)
C.add("mv_sum", ro([1.0, 2.0]), raises=ValueError, msg=True)
C.add("mv_sum_contig", arr([1.0, 2.0]))
C.add("mv_sum_contig", Lazy(lambda: np.arange(10.0)[::2]), raises=ValueError, msg=True)
C.add("mv_sum_contig", rand(257, 2))
for i in (0, 2, -1, -3):
    C.add("mv_get", arr([1.0, 2.0, 3.0]), i)
C.add("mv_get", arr([1.0, 2.0, 3.0]), 3, raises=IndexError, msg=True)
C.add("mv_get", arr([1.0, 2.0, 3.0]), -4, raises=IndexError, msg=True)
C.add("mv_get", arr([]), 0, raises=IndexError, msg=True)
C.add("mv_set", arr([1.0, 2.0, 3.0]), 1, 9.5, show_args=True)
C.add("mv_set", arr([1.0, 2.0, 3.0]), -1, 9.5, show_args=True)
C.add("mv_set", arr([1.0, 2.0, 3.0]), 5, 9.5, raises=IndexError, msg=True)
C.add("mv_set", arr([1.0, 2.0, 3.0]), 0, "x", raises=TypeError)
C.add("mv_int_sum", arr([1, 2, 2**31 - 1], "int32"))
C.add("mv_int_sum", arr([1, 2], "int64"), raises=ValueError, msg=True)
C.add("mv_int_sum", Lazy(lambda: __import__("array").array("i", [4, 5, 6])))
C.add("mv_long_sum", arr([2**62, -(2**62), 5], "int64"))
C.add("mv_float32", arr([0.1, 0.2, 0.3], "float32"))
C.add("mv_uchar", arr([0, 255, 7], "uint8"))
C.add("mv_uchar", Lazy(lambda: bytearray(b"\x01\x02\xff")))
C.add("mv_uchar", b"abc", raises=BufferError, msg=True)
C.add("mv_char_write", Lazy(lambda: bytearray(b"az\xff")), show_args=True)
C.add("mv_const_sum", ro([1.0, 2.5]))
C.add("mv_const_sum", arr([1.0, 2.5]))
C.add("mv_const_sum", Lazy(lambda: np.arange(10.0)[::3]))
C.add("mv_const_bytes", b"hello")
C.add("mv_const_bytes", Lazy(lambda: bytearray(b"xy")))
C.add("mv_attrs", arr([1.0, 2.0, 3.0]))
C.add("mv_attrs", Lazy(lambda: np.arange(30.0)[::-3]))
C.add("mv_attrs", arr([]))
C.add("mv_attrs_2d", arange(3, 4))
C.add("mv_attrs_2d", arange(3, 4, order="F"))
C.add("mv_attrs_2d", Lazy(lambda: np.arange(24.0).reshape(4, 6)[::2, 1::2]))
C.add("mv_shape_tuple", arange(2, 5))
C.add("mv_copy", arr([1.0, 2.0]), show_args=True)
C.add("mv_copy", Lazy(lambda: np.arange(10.0)[::-2]), show_args=True)
C.add("mv_copy_fortran", arange(2, 3))
C.add("mv_asarray_no_copy", arr([1.0, 2.0]), show_args=True)
C.add("mv_roundtrip_shares", arr([1.0, 2.0]))
C.add("mv_roundtrip_shares", Lazy(lambda: np.arange(10.0)[::2]))
C.add("mv_fill", arr([1.0, 2.0, 3.0]), 7.5, show_args=True)
C.add("mv_fill", Lazy(lambda: np.zeros(10)[::3]), 1.0)
C.add("mv_ellipsis_zero", arange(3, 3), show_args=True)
C.add("mv_assign_view", arr([0.0, 0.0, 0.0]), arr([1.0, 2.0, 3.0]), show_args=True)
C.add("mv_assign_view", arr([0.0, 0.0]), arr([1.0, 2.0, 3.0]), raises=ValueError, msg=True)
C.add("mv_assign_view", Lazy(lambda: np.zeros(6)[::2]), Lazy(lambda: np.arange(6.0)[::-2]), show_args=True)
C.add("mv_negative_index", arr([1.0, 2.0, 3.0]))
C.add("mv_none", None)
C.add("mv_none", arr([1.0]))
C.add("mv_none_not_allowed", None, raises=TypeError, msg=True)
C.add("mv_none_not_allowed", arr([1.0, 2.0]))
C.add("mv_array_array", Lazy(lambda: __import__("array").array("d", [1.0, 2.0])))
C.add("mv_array_array", Lazy(lambda: __import__("array").array("f", [1.0, 2.0])), raises=ValueError, msg=True)
C.add("mv_int_array", Lazy(lambda: __import__("array").array("i", [1, 2])))
C.add("mv_bytearray", Lazy(lambda: bytearray(b"xyz")), show_args=True)
C.add("mv_bytearray", b"xyz", raises=BufferError, msg=True)
C.add("mv_bytes_const", b"\x01\x02\x03")
C.each("mv_local_from_numpy", [0, 5])
C.add("mv_return_view", arr([1.0, 2.0, 3.0]))
C.add("mv_cdef_return", arr([1.0, 2.0, 3.0]))
C.add("mv_as_cdef_arg", arr([1.0, 2.0, 3.0]), 1)
C.add("mv_as_cdef_arg", arr([1.0, 2.0, 3.0]), 3, raises=IndexError)
C.add("mv_memoryview_obj", arr([1.0, 2.0]))
C.add("mv_bint_view", arr([0, 1, 2, 0], "uint8"))
C.add("mv_uninitialized", raises=UnboundLocalError, msg=True)
C.add("mv_in_nogil", rand(100, 3))
for seed in range(5):
    n = int(rng.integers(1, 50))
    C.add("mv_sum", rand(n, 100 + seed), label="mv_sum_random")
