# cython: language_level=3
"""Tokenising and number parsing over ``char *`` buffers, in the style of
pandas' C tokenizer glue and astropy's fast ASCII reader: whitespace
splitting into (start, end) spans, CSV fields with quotes, strtol/strtod
with end pointers, line counting with memchr, and an integer parser that
reports overflow and bad characters as Python exceptions."""
from libc.stdlib cimport strtol, strtod, strtoll, atoi
from libc.string cimport memchr, strlen, strncmp
from libc.errno cimport errno, ERANGE
from libc.stdint cimport int64_t


cdef inline bint is_space(char c) noexcept nogil:
    return c == 32 or c == 9 or c == 10 or c == 13


def split_spans(bytes line):
    cdef const char* p = line
    cdef Py_ssize_t n = len(line), i = 0, start
    cdef list spans = []
    while i < n:
        while i < n and is_space(p[i]):
            i += 1
        if i >= n:
            break
        start = i
        while i < n and not is_space(p[i]):
            i += 1
        spans.append((start, i))
    return spans


def split_words(bytes line):
    cdef const char* p = line
    return [p[a:b] for a, b in split_spans(line)]


def csv_fields(bytes line, char delim=44, char quote=34):
    cdef const char* p = line
    cdef Py_ssize_t n = len(line), i = 0
    cdef bint inq = False
    cdef bytearray cur = bytearray()
    cdef list out = []
    while i < n:
        if inq:
            if p[i] == quote:
                if i + 1 < n and p[i + 1] == quote:
                    cur.append(quote)
                    i += 1
                else:
                    inq = False
            else:
                cur.append(<unsigned char>p[i])
        elif p[i] == quote:
            inq = True
        elif p[i] == delim:
            out.append(bytes(cur))
            cur = bytearray()
        else:
            cur.append(<unsigned char>p[i])
        i += 1
    if inq:
        raise ValueError("unterminated quote in %r" % line)
    out.append(bytes(cur))
    return out


def parse_longs(bytes text, int base=10):
    cdef const char* p = text
    cdef char* end
    cdef long v
    cdef list out = []
    while True:
        v = strtol(p, &end, base)
        if end == p:
            break
        out.append(v)
        p = end
    return out, len(text) - (p - <const char*>text)


def parse_doubles(bytes text):
    cdef const char* p = text
    cdef char* end
    cdef double v
    cdef list out = []
    while True:
        v = strtod(p, &end)
        if end == p:
            break
        out.append(v)
        p = end
    return out


def parse_int64(bytes s):
    cdef const char* p = s
    cdef Py_ssize_t i = 0, n = len(s)
    cdef int64_t v = 0
    cdef int d
    cdef bint neg = False
    while i < n and is_space(p[i]):
        i += 1
    if i < n and (p[i] == 45 or p[i] == 43):
        neg = p[i] == 45
        i += 1
    if i == n:
        raise ValueError("no digits in %r" % s)
    while i < n:
        d = p[i] - 48
        if d < 0 or d > 9:
            if is_space(p[i]):
                break
            raise ValueError("invalid character %r at %d" % (chr(<unsigned char>p[i]), i))
        if v > (9223372036854775807 - d) // 10:
            if neg and v == 922337203685477580 and d == 8 and (i + 1 == n or is_space(p[i + 1])):
                return -9223372036854775807 - 1
            raise OverflowError("integer out of range for int64: %r" % s)
        v = v * 10 + d
        i += 1
    return -v if neg else v


def count_lines(bytes data):
    cdef const char* p = data
    cdef const char* end = p + len(data)
    cdef const void* hit
    cdef Py_ssize_t n = 0
    while p < end:
        hit = memchr(p, 10, end - p)
        if hit == NULL:
            n += 1
            break
        n += 1
        p = <const char*>hit + 1
    return n


def strtoll_errno(bytes s):
    cdef char* end
    cdef long long v
    errno = 0
    v = strtoll(s, &end, 10)
    return v, errno == ERANGE, end[0] == 0


def starts_with_any(bytes s, list prefixes):
    cdef bytes pre
    for pre in prefixes:
        if len(pre) <= len(s) and strncmp(s, pre, len(pre)) == 0:
            return pre
    return None


def atoi_all(list items):
    cdef bytes b
    return [atoi(b) for b in items]
