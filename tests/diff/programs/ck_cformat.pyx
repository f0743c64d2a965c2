# cython: language_level=3
"""Formatting C-typed values into Python strings, as report/repr code in
extension modules does: f-strings with format specs on C doubles, floats
and integers of each width, bint and char values, %-formatting with C
operands, str()/repr() of C floats, and joining formatted rows."""
from libc.stdint cimport uint8_t, int64_t, uint64_t


def fstrings(double d, float f, int i, unsigned long long u):
    return f"{d:.3f}|{f}|{i:+05d}|{u:x}|{d!r}|{i * d:e}"


def small_types(char c, unsigned char uc, bint b, short s):
    return f"{c}|{uc}|{b}|{s:>6}|{b + 1}", str(b), repr(c)


def percent(int64_t n, double x, uint8_t k):
    return "%d items, %.2f avg, %03d%%" % (n, x, k), "%s/%r" % (x, n)


def float_reprs(float f, double d):
    return str(f), repr(d), f"{f:.10g}", float(f) == d


def table(const double[:, :] m, int prec=2):
    cdef Py_ssize_t i, j
    rows = []
    for i in range(m.shape[0]):
        rows.append(" ".join(f"{m[i, j]:.{prec}f}" for j in range(m.shape[1])))
    return "\n".join(rows)


def sizes_text(Py_ssize_t n, size_t bytes_):
    return f"n={n}, bytes={bytes_:,}, neg={-n}"
