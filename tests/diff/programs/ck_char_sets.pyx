# cython: language_level=3
"""Character-class tests in tokenizers written the Cython way: ``c in
b" \\t\\r\\n"`` on a C char (compiled to a switch), ``c in (44, 59)`` on C
ints, ord() constants, bytes indexing with C indices returning ints, and
bytes slices with C bounds."""


def classify(bytes data):
    cdef const unsigned char* p = data
    cdef Py_ssize_t i
    cdef unsigned char c
    out = []
    for i in range(len(data)):
        c = p[i]
        if c in b" \t\r\n":
            out.append("s")
        elif c in b"0123456789":
            out.append("d")
        elif c in (44, 59):
            out.append("p")
        elif c == ord("_") or (ord("a") <= c <= ord("z")):
            out.append("w")
        else:
            out.append("?")
    return "".join(out)


def count_sep(bytes data):
    cdef Py_ssize_t i, n = 0
    for i in range(len(data)):
        if data[i] in b",;|":
            n += 1
    return n


def bytes_index(bytes data, Py_ssize_t i):
    cdef int v = data[i]
    return v, data[i:i + 2], data[-1] if data else None


def strip_c(bytes data):
    cdef Py_ssize_t lo = 0, hi = len(data)
    while lo < hi and data[lo] in b" \t":
        lo += 1
    while hi > lo and data[hi - 1] in b" \t":
        hi -= 1
    return data[lo:hi]
