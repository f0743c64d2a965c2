import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_except_specs")

C.add("sqrt_all", [0.0, 4.0, 2.0])
C.add("sqrt_all", [1.0, -1.0], raises=ValueError, msg=True, tb=("sqrt_all", "checked_sqrt"))
C.add("sqrt_all", [-1.0], raises=ValueError, msg=True)
C.add("sqrt_all", [float("nan"), float("inf")])
C.add("sqrt_all", ["x"], raises=TypeError)

C.add("parse_numbers", [b"0", b"42", b"1000000000"])
C.add("parse_numbers", [b"12a"], raises=ValueError, msg=True, tb=("parse_numbers", "parse_uint", "parse_digit"))
C.add("parse_numbers", [b""], raises=ValueError, msg=True, tb=("parse_uint",))
C.add("parse_numbers", [b"99999999999"], raises=OverflowError, msg=True)
C.add("parse_numbers", ["12"], raises=TypeError, msg=True)
C.add("parse_numbers", [None], raises=TypeError)

C.each("squares", [0, 1, 5, 7])
C.add("squares", 8, raises=IndexError, msg=True, tb=("squares", "fill_squares"))
C.add("squares", -1, raises=ValueError, msg=True, tb=("squares", "alloc_doubles"))

C.add("clip_all", [-5, 0, 5, 50], 0, 10)
C.add("clip_all", [2**31], 0, 10, raises=OverflowError, msg=True)

C.add("first_negative", Lazy(lambda: np.array([1.0, 2.0, -3.0])))
C.add("first_negative", Lazy(lambda: np.array([1.0, 2.0])))
C.add("first_negative", Lazy(lambda: np.array([1.0, np.nan])), raises=ValueError, msg=True, tb=("find_neg",))
C.add("first_negative", Lazy(lambda: np.array([], dtype=np.float64)))

C.each("chain", [0, 5, -3, -2])
C.add("chain", 1, raises=KeyError, msg=True, tb=("chain", "level1", "level2", "level3"))
C.add("chain", -1)

C.each("minus_one_is_value", [-1, 0, 5, -(2**63)])

C.add("sum_sqrt_checked", Lazy(lambda: np.array([1.0, 4.0, 9.0])))
C.add("sum_sqrt_checked", Lazy(lambda: np.array([1.0, -4.0])), raises=ValueError, msg=True,
      tb=("sum_sqrt_checked", "checked_sqrt"))
C.add("sum_sqrt_checked", Lazy(lambda: np.array([1.0, -0.0])))

C.each("cp_validate", [0, 4, -8])
C.add("cp_validate", 3, raises=ValueError, msg=True, tb=("cp_validate",))
C.add("cp_validate", -1, raises=ValueError, msg=True)
C.add("call_cp", 10)
C.add("call_cp", 11, raises=ValueError, msg=True, tb=("call_cp", "cp_validate"))
