# cython: language_level=3
"""Py_UCS4 character loops (the usual fast way to walk a str in Cython)."""


def char_at(str s, Py_ssize_t i):
    cdef Py_UCS4 c = s[i]
    return c, ord(c)


def ascii_only(str s):
    cdef Py_UCS4 c
    for c in s:
        if c > 127:
            return False
    return True


def count_digits(str s):
    cdef Py_UCS4 ch
    cdef int n = 0
    for ch in s:
        if u'0' <= ch <= u'9':
            n += 1
    return n


def swap_case_ascii(str s):
    cdef list out = []
    cdef Py_UCS4 ch
    for ch in s:
        if u'a' <= ch <= u'z':
            out.append(chr(<int>ch - 32))
        elif u'A' <= ch <= u'Z':
            out.append(chr(ord(ch) + 32))
        else:
            out.append(ch)
    return "".join(out)


def ucs4_identifier(str s):
    cdef Py_UCS4 first
    if not s:
        return False
    first = s[0]
    return first == u'_' or first.isalpha()
