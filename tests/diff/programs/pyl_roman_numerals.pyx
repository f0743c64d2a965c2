"""Roman numerals and other number spellings."""

NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def to_roman(int n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} cannot be written in roman numerals")
    out = []
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(str s):
    if not s:
        raise ValueError("empty numeral")
    cdef int total = 0, prev = 0, v
    for ch in reversed(s.upper()):
        try:
            v = VALUES[ch]
        except KeyError:
            raise ValueError(f"invalid numeral character {ch!r}") from None
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


def spell(n):
    if n < 0:
        return "minus " + spell(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + spell(r) if r else "")
    for div, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= div:
            q, r = divmod(n, div)
            return spell(q) + " " + word + ((", " if r >= 100 else " and ") + spell(r) if r else "")
    raise AssertionError("unreachable")


def ordinal(int n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def to_base(n, int base):
    if not 2 <= base <= 36:
        raise ValueError("base must be in 2..36")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def from_base(str s, int base):
    return int(s, base)


def roman_table(int start, int stop, int step=1):
    return {n: to_roman(n) for n in range(start, stop, step)}


def all_roundtrip(int limit):
    cdef int n
    for n in range(1, limit):
        if from_roman(to_roman(n)) != n:
            return n
    return True
