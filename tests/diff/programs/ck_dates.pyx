# cython: language_level=3
"""Calendar arithmetic on int64 day/second counts, as pandas' np_datetime
code does for datetime64 values: civil-from-days and days-from-civil
(Howard Hinnant's algorithms, which rely on floor division for dates
before 1970), leap years, ISO weekday, splitting epoch seconds into
days/h/m/s with negative values, and vectorised year extraction over an
int64 view with NaT (INT64_MIN) passed through as -1."""
import numpy as np
from libc.stdint cimport int64_t, INT64_MIN

cdef struct YMD:
    int64_t year
    int month
    int day


cdef inline bint is_leap(int64_t y) noexcept nogil:
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


cdef YMD civil_from_days(int64_t z) noexcept:
    cdef YMD r
    z += 719468
    cdef int64_t era = (z if z >= 0 else z - 146096) // 146097
    cdef int64_t doe = z - era * 146097
    cdef int64_t yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    cdef int64_t y = yoe + era * 400
    cdef int64_t doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    cdef int64_t mp = (5 * doy + 2) // 153
    r.day = <int>(doy - (153 * mp + 2) // 5 + 1)
    r.month = <int>(mp + 3 if mp < 10 else mp - 9)
    r.year = y + (1 if r.month <= 2 else 0)
    return r


cdef int64_t days_from_civil(int64_t y, int m, int d) noexcept:
    y -= 1 if m <= 2 else 0
    cdef int64_t era = (y if y >= 0 else y - 399) // 400
    cdef int64_t yoe = y - era * 400
    cdef int64_t doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    cdef int64_t doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def to_ymd(int64_t days):
    cdef YMD r = civil_from_days(days)
    return r.year, r.month, r.day


def from_ymd(int64_t y, int m, int d):
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12, got %d" % m)
    return days_from_civil(y, m, d)


def roundtrip_range(int64_t start, int64_t stop, int64_t step):
    cdef int64_t z
    cdef YMD r
    bad = []
    for z in range(start, stop, step):
        r = civil_from_days(z)
        if days_from_civil(r.year, r.month, r.day) != z:
            bad.append(z)
    return bad


def leap_years(int64_t a, int64_t b):
    cdef int64_t y
    return [y for y in range(a, b) if is_leap(y)]


def weekday(int64_t days):
    """ISO weekday (Mon=1..Sun=7); 1970-01-01 was a Thursday; Python floor modulo."""
    return (days + 3) % 7 + 1


def split_seconds(int64_t secs):
    cdef int64_t days = secs // 86400
    cdef int64_t rem = secs % 86400
    return days, rem // 3600, (rem % 3600) // 60, rem % 60


def years(const int64_t[:] days):
    cdef Py_ssize_t i
    cdef int64_t[::1] out = np.empty(days.shape[0], dtype=np.int64)
    for i in range(days.shape[0]):
        if days[i] == INT64_MIN:
            out[i] = -1
        else:
            out[i] = civil_from_days(days[i]).year
    return np.asarray(out)
