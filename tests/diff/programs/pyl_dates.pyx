"""Calendar arithmetic with divmod and floor division (proleptic Gregorian)."""

DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


cpdef bint is_leap(long year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, int month):
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return 29 if month == 2 and is_leap(year) else DAYS_IN_MONTH[month - 1]


def days_from_civil(y, m, d):
    """Days since 1970-01-01 (Howard Hinnant's algorithm)."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z):
    z += 719468
    era, doe = divmod(z, 146097)
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return (y + (m <= 2), m, d)


def weekday(y, m, d):
    return WEEKDAYS[(days_from_civil(y, m, d) + 3) % 7]


def add_days(str iso, int n):
    y, m, d = [int(p) for p in iso.split("-")]
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"day out of range in {iso}")
    y2, m2, d2 = civil_from_days(days_from_civil(y, m, d) + n)
    return f"{y2:04d}-{m2:02d}-{d2:02d}"


def split_seconds(seconds):
    sign = "-" if seconds < 0 else ""
    minutes, secs = divmod(abs(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return sign, days, hours, minutes, secs


def format_duration(seconds):
    sign, days, hours, minutes, secs = split_seconds(seconds)
    if isinstance(secs, float):
        tail = f"{minutes:02}:{secs:06.3f}"
    else:
        tail = f"{minutes:02}:{secs:02}"
    head = f"{days}d " if days else ""
    return f"{sign}{head}{hours:02}:{tail}"


def month_calendar(int year, int month):
    first = (days_from_civil(year, month, 1) + 3) % 7
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(year, month) + 1)]
    rows = []
    for i in range(0, len(cells), 7):
        rows.append(" ".join(cells[i:i + 7]))
    return rows


def negative_mods(int a, int b):
    cdef int c_mod = a % b
    cdef int c_div = a // b
    return c_div, c_mod, a - b * c_div == c_mod, divmod(a, b)


def float_divmods(x, y):
    return divmod(x, y), x // y, x % y, round(x / y, 3)


def day_of_year(y, m, d):
    return days_from_civil(y, m, d) - days_from_civil(y, 1, 1) + 1


def count_fridays_13(int y0, int y1):
    cdef int count = 0
    cdef int y, m
    for y in range(y0, y1):
        for m in range(1, 13):
            if weekday(y, m, 13) == "Fri":
                count += 1
    return count
