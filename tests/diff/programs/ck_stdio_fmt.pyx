# cython: language_level=3
"""Formatting numbers into C buffers with libc.stdio's snprintf (as
astropy's and pandas' C writers do): fixed/exponent/general float formats,
zero-padded and hex integers, %s from bytes, truncation reported by the
return value, and a CSV row writer into a growing buffer."""
from libc.stdio cimport snprintf, sprintf
from libc.stdlib cimport malloc, realloc, free
from libc.string cimport strlen


def fmt_double(double x, int prec=3):
    cdef char buf[64]
    cdef int n1 = snprintf(buf, sizeof(buf), "%.*f", prec, x)
    a = buf[:min(n1, 63)]
    cdef int n2 = snprintf(buf, sizeof(buf), "%.*e", prec, x)
    b = buf[:min(n2, 63)]
    cdef int n3 = snprintf(buf, sizeof(buf), "%.*g", prec, x)
    c = buf[:min(n3, 63)]
    return a, b, c


def fmt_int(long long v):
    cdef char buf[64]
    cdef int n = snprintf(buf, sizeof(buf), "%08lld|%llx|%+lld", v, <unsigned long long>v, v)
    return buf[:n]


def truncated(bytes s, int size):
    if size < 1 or size > 32:
        raise ValueError("size out of range")
    cdef char buf[32]
    cdef int n = snprintf(buf, size, "<%s>", <const char*>s)
    return n, buf[:strlen(buf)]


def csv_row(const double[:] values, int prec=2):
    cdef size_t cap = 16, used = 0
    cdef char* out = <char*>malloc(cap)
    cdef char* tmp
    cdef int n
    cdef Py_ssize_t i
    if out == NULL:
        raise MemoryError()
    out[0] = 0
    try:
        for i in range(values.shape[0]):
            while True:
                if i:
                    n = snprintf(out + used, cap - used, ",%.*f", prec, values[i])
                else:
                    n = snprintf(out + used, cap - used, "%.*f", prec, values[i])
                if n < 0:
                    raise ValueError("encoding error")
                if <size_t>n < cap - used:
                    used += n
                    break
                cap *= 2
                tmp = <char*>realloc(out, cap)
                if tmp == NULL:
                    raise MemoryError()
                out = tmp
        return out[:used], cap
    finally:
        free(out)


def sprintf_percent(int pct):
    cdef char buf[32]
    sprintf(buf, "%d%%", pct)
    return buf
