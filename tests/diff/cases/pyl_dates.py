import random

from diffcase import Cases

C = Cases("pyl_dates")
rng = random.Random(1970)
C.each("is_leap", [1900, 2000, 2024, 2023, -4, 0, 1])
C.add("is_leap", 2**70, raises=OverflowError)
C.each("days_in_month", [(2024, 2), (2023, 2), (1900, 2), (2000, 12)])
C.add("days_in_month", 2020, 13, raises=ValueError, msg=True)
C.add("days_in_month", 2020, 0, raises=ValueError, msg=True)
C.each("days_from_civil", [(1970, 1, 1), (2000, 3, 1), (1969, 12, 31), (-1, 1, 1), (9999, 12, 31), (1, 1, 1)])
C.each("civil_from_days", [0, -1, 11016, -719162, 2932896, 10**12])
for _ in range(8):
    C.add("civil_from_days", rng.randint(-10**6, 10**6))
C.each("weekday", [(1970, 1, 1), (2024, 2, 29), (2000, 1, 1), (1, 1, 1)])
C.each("add_days", [("2024-02-28", 1), ("2023-12-31", 1), ("2000-03-01", -1), ("1970-01-01", -365), ("2020-01-31", 10000)])
C.add("add_days", "2023-02-29", 0, raises=ValueError, msg=True)
C.add("add_days", "2023-02", 0, raises=ValueError)
C.add("add_days", "2023-aa-01", 0, raises=ValueError)
C.each("format_duration", [0, 59, 3600, 86399, 90061, -3661, 1234.5, -0.25, 10**12])
C.each("split_seconds", [7322, -7322, 59.999])
C.each("month_calendar", [(2024, 2), (2023, 10), (1970, 1)])
C.each("negative_mods", [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (-2147483647, 10)])
C.add("negative_mods", 1, 0, raises=ZeroDivisionError)
C.each("float_divmods", [(7.5, 2), (-7.5, 2), (7.5, -2), (1e300, 1e-300), (5, 0.1), (-0.0, 3)])
C.add("float_divmods", 1.0, 0.0, raises=ZeroDivisionError)
C.each("day_of_year", [(2024, 12, 31), (2023, 3, 1), (2000, 1, 1)])
C.each("count_fridays_13", [(2000, 2001), (1990, 2030)])
