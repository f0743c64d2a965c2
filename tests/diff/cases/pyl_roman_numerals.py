import random

from diffcase import Cases

C = Cases("pyl_roman_numerals")
rng = random.Random(1666)
C.each("to_roman", [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999])
C.add("to_roman", 0, raises=ValueError, msg=True)
C.add("to_roman", 4000, raises=ValueError, msg=True)
C.add("to_roman", -5, raises=ValueError, msg=True)
C.add("to_roman", 2**40, raises=OverflowError)
C.each("from_roman", ["I", "iv", "MCMXCIV", "MMXXIV", "MMMCMXCIX"])
C.add("from_roman", "", raises=ValueError, msg=True)
C.add("from_roman", "IIII", raises=ValueError, msg=True)
C.add("from_roman", "IC", raises=ValueError, msg=True)
C.add("from_roman", "X1", raises=ValueError, msg=True)
C.each("spell", [0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, 2000000019, -15, 10**12 + 5])
for _ in range(5):
    C.add("spell", rng.randint(0, 10**9))
C.each("ordinal", [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 0, -1])
C.each("to_base", [(0, 2), (255, 16), (-255, 2), (2**100, 36), (10**20, 7)])
C.add("to_base", 5, 1, raises=ValueError, msg=True)
C.each("from_base", [("ff", 16), ("-101", 2), ("zz", 36), ("0x1f", 16), ("1_000", 10)])
C.add("from_base", "12", 2, raises=ValueError, msg=True)
C.add("roman_table", 1, 20, 3)
C.add("roman_table", 3999, 3980, -7)
C.add("all_roundtrip", 4000)
