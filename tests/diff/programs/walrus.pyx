# cython: language_level=3
"""Assignment expressions (:=) in conditions, while loops and comprehensions."""


def first_long(list words, int n):
    for w in words:
        if (k := len(w)) > n:
            return w, k
    return None


def read_chunks(bytes data, int size):
    cdef int pos = 0
    out = []
    while (chunk := data[pos:pos + size]):
        out.append(chunk)
        pos += size
    return out


def filtered_squares(list xs):
    return [y for x in xs if (y := x * x) > 10]
