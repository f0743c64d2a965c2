from diffcase import ANY, Cases, Lazy
import numpy as np

C = Cases("ck_int_widths")
MAXES = [127, 255, 2**15 - 1, 2**16 - 1, 2**31 - 1, 2**32 - 1, 2**63 - 1, 2**64 - 1, 2**63 - 1, 2**64 - 1,
         2**63 - 1, 2**64 - 1]
MINS = [-128, 0, -(2**15), 0, -(2**31), 0, -(2**63), 0, -(2**63), 0, -(2**63), 0]
C.add("echo_all", *MAXES)
C.add("echo_all", *MINS)
for k in range(12):
    args = list(MINS)
    args[k] = MAXES[k] + 1
    C.add("echo_all", *args, raises=OverflowError, msg=True, label=f"echo_all_over{k}")
    args[k] = MINS[k] - 1
    C.add("echo_all", *args, raises=OverflowError, msg=True, label=f"echo_all_under{k}")
C.add("echo_stdint", 127, 255, 32767, 65535, 2**31 - 1, 2**32 - 1, 2**63 - 1, 2**64 - 1)
C.add("echo_stdint", -128, 0, -32768, 0, -(2**31), 0, -(2**63), 0)
C.add("echo_stdint", True, False, 0, 0, 0, 0, 0, 0)
C.add("echo_stdint", 1.0, 0, 0, 0, 0, 0, 0, 0, raises=ANY)
C.add("echo_stdint", None, 0, 0, 0, 0, 0, 0, 0, raises=TypeError, msg=True)
C.add("echo_stdint", 0, 0, 0, 0, 0, 0, 0, "1", raises=TypeError, msg=True)
C.add("echo_stdint", Lazy(lambda: np.int8(-3)), Lazy(lambda: np.uint8(200)), 0, 0, 0, 0, 0, Lazy(lambda: np.uint64(2**64 - 1)))
C.each("promote", [(-128, 255), (127, 255), (0, 0), (-1, 1)])
C.each("store_narrow", [0, 255, 256, -1, 65535, 65536 + 300, 2**31, -(2**31) - 1, 2**40 + 2**33 + 12345, -(2**63)])
C.each("unsigned_mix", [(5, -1), (0, -1), (2**32 - 1, 1), (10, 3)])
C.each("size_arith", [(5, 3), (3, 5), (0, 0), (2**64 - 1, 1)])
C.add("limits")
C.add("sizeofs")
C.add("sum_views", Lazy(lambda: np.array([127, 127, -128], np.int8)), Lazy(lambda: np.array([65535, 1], np.uint16)),
      Lazy(lambda: np.array([2**63 - 1, 1], np.int64)), Lazy(lambda: np.array([2**64 - 1, 2], np.uint64)))
C.add("sum_views", Lazy(lambda: np.array([], np.int8)), Lazy(lambda: np.array([], np.uint16)),
      Lazy(lambda: np.array([], np.int64)), Lazy(lambda: np.array([], np.uint64)))
C.add("sum_views", Lazy(lambda: np.array([1], np.uint8)), Lazy(lambda: np.array([], np.uint16)),
      Lazy(lambda: np.array([], np.int64)), Lazy(lambda: np.array([], np.uint64)), raises=ValueError, msg=True)
C.each("char_arith", [97, 122, 65, -1, 0, 127])
C.add("char_arith", 128, raises=OverflowError, msg=True)
C.add("char_arith", b"a", raises=TypeError)
C.each("widen_signed", [-1, -128, 127, 0])
C.each("abs_values", [(-5, -7), (2**31 - 1, -(2**63) + 1), (0, 0)])
C.each("int_from_float", [1.9, -1.9, 0.0, -0.0, 2147483647.0, 1e10])
C.each("bool_ops", [(0, 0), (0, 5), (3, 0), (-1, 2)])
C.add("negative_unsigned_literal")
C.each("int_overflow_return", [(46340, 46340), (-46341, 46340), (0, -1)])
