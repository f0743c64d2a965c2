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


def typed_target(list xs):
    cdef int n
    total = 0
    for x in xs:
        if (n := x * 2) > 5:
            total += n
    return total, n


def in_while_count(bytes data):
    cdef Py_ssize_t i = 0
    count = 0
    while (i := data.find(b",", i)) != -1:
        count += 1
        i += 1
    return count, i


def short_circuit(a, b):
    r = a or (k := b)
    try:
        return r, k
    except UnboundLocalError:
        return r, "unbound"


def value_of_expr(x):
    return (y := x + 1), y
