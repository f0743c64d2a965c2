# cython: language_level=3
"""def functions taking ``char *`` / ``const char *`` / ``const unsigned char *``
arguments directly (Cython accepts bytes and bytearray), as many parsers'
entry points do."""


def djb2(const char* s):
    cdef unsigned long h = 5381
    while s[0]:
        h = ((h << 5) + h) + <unsigned char>s[0]
        s += 1
    return h & 0xFFFFFFFFUL


def count_char(char* s, char c):
    cdef int n = 0
    while s[0]:
        if s[0] == c:
            n += 1
        s += 1
    return n


def first_byte(const unsigned char* s):
    return s[0]
