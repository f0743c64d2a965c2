import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_prefix_scan")


def arr(values, dtype=np.float64):
    values = list(values)
    return Lazy(lambda: np.array(values, dtype=dtype))


def ints(n, seed, lo, hi, dtype):
    return Lazy(lambda: np.random.default_rng(seed).integers(lo, hi, size=n).astype(dtype))


C.add("cumsum_i64", arr([1, 2, 3], np.int64))
C.add("cumsum_i64", arr([2**63 - 1, 1], np.int64))
C.add("cumsum_i64", arr([], np.int64))
C.add("cumsum_i64", ints(40, 1, -1000, 1000, np.int64))
C.add("cumsum_i64", Lazy(lambda: np.arange(10, dtype=np.int64)[::-3]))
C.add("cumsum_i64", arr([1, 2], np.uint64), raises=ValueError, msg=True)
C.add("cumsum_i64", [1, 2, 3], raises=TypeError)

C.add("exclusive_scan_i32", arr([3, 1, 4, 1, 5], np.int32), show_args=True)
C.add("exclusive_scan_i32", arr([2**31 - 1, 1, 5], np.int32), show_args=True)
C.add("exclusive_scan_i32", arr([], np.int32), show_args=True)
C.add("exclusive_scan_i32", Lazy(lambda: np.arange(6, dtype=np.int32)[::2]), raises=ValueError, msg=True)
C.add("exclusive_scan_i32", Lazy(lambda: __import__("array").array("i", [5, 6, 7])), show_args=True)

C.add("cumprod", arr([1, 2, 3, 4.5]))
C.add("cumprod", arr([1e200, 1e200, 0.0]))
C.add("cumprod", arr([2.0]), init=-0.0)
C.add("cumprod", arr([2.0]), 3)
C.add("cumprod", arr([]))
C.add("cumprod", arr([np.nan, 1]))

C.add("segmented_sum", arr([1, 2, 3, 4, 5.0]), arr([1, 0, 1, 0, 0], np.uint8))
C.add("segmented_sum", arr([1, 2, 3.0]), arr([0, 0, 0], np.uint8))
C.add("segmented_sum", arr([]), arr([], np.uint8))
C.add("segmented_sum", arr([1.0]), arr([1, 1], np.uint8), raises=ValueError, msg=True)
C.add("segmented_sum", arr([1.0, 2.0]), Lazy(lambda: b"\x01\x01"))

C.add("prefix2d", Lazy(lambda: np.ones((3, 4))))
C.add("prefix2d", Lazy(lambda: np.random.default_rng(2).normal(size=(4, 3))), approx=True)
C.add("prefix2d", Lazy(lambda: np.zeros((0, 5))))
C.add("prefix2d", Lazy(lambda: np.arange(12.0).reshape(3, 4).T))

C.add("diff_n", arr([1, 4, 9, 16, 25], np.int_))
C.add("diff_n", arr([1, 4, 9, 16, 25], np.int_), 2)
C.add("diff_n", arr([1, 4, 9, 16, 25], np.int_), n=0)
C.add("diff_n", arr([1, 4, 9], np.int_), 10)
C.add("diff_n", arr([1, 4], np.int_), -1, raises=ValueError, msg=True)
C.add("diff_n", arr([-2**63, 1], np.int_), 1)

C.add("circular_window_sum", arr([1, 2, 3, 4.0]), 2)
C.add("circular_window_sum", arr([1, 2, 3, 4.0]), 4)
C.add("circular_window_sum", arr([1, 2, 3.0]), 0)
C.add("circular_window_sum", arr([1, 2, 3.0]), 5, raises=IndexError, msg=True)
C.add("circular_window_sum", arr([]), 3)

C.add("no_wrap_lookup", arr([1, 2, 3.0]), 2)
C.add("no_wrap_lookup", arr([1, 2, 3.0]), -1, raises=IndexError, msg=True)
C.add("no_wrap_lookup", arr([1, 2, 3.0]), 3, raises=IndexError, msg=True)

C.add("running_max_argmax", arr([1, 3, 2, 3, 5, -1], np.float32))
C.add("running_max_argmax", arr([np.nan, 1, 2], np.float32))
C.add("running_max_argmax", arr([0.1, 0.2], np.float32))
C.add("running_max_argmax", arr([], np.float32))

C.add("suffix_min", arr([5, 3, 8, -32768, 4], np.short))
C.add("suffix_min", ints(20, 3, -100, 100, np.short))
C.add("suffix_min", arr([], np.short))
C.add("suffix_min", arr([1, 2], np.ushort), raises=ValueError, msg=True)
