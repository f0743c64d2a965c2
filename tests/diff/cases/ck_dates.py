import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_dates")
C.each("to_ymd", [0, -1, 365, 11016, 19000, -719468, -719469, 2932896, -100000])
C.each("from_ymd", [(1970, 1, 1), (2000, 2, 29), (1969, 12, 31), (0, 3, 1), (-1, 12, 31), (9999, 12, 31)])
C.add("from_ymd", 2000, 13, 1, raises=ValueError, msg=True)
C.add("roundtrip_range", -800000, 800000, 997)
C.add("leap_years", 1890, 1910)
C.add("leap_years", -10, 10)
C.each("weekday", [0, 1, -1, -4, 19000, -100000])
C.each("split_seconds", [0, 86399, 86400, -1, -86401, 1700000000, -(2**62)])
C.add("years", Lazy(lambda: np.array([0, 11016, -1, np.iinfo(np.int64).min, 2932896], np.int64)))
C.add("years", Lazy(lambda: np.array([], np.int64)))
