# cython: language_level=3
"""Temporary bytes objects passed straight to char* parameters of C
functions (`strlen(s.encode("utf-8"))`, `c_func(name.encode())`): the
temporary lives until the call returns, so Cython accepts it."""
from libc.string cimport strlen, strcmp
from libc.stdlib cimport atoi, strtod


def utf8_len(str s):
    return strlen(s.encode("utf-8"))


def concat_len(bytes a):
    return strlen(a + b"xyz")


def same_text(str a, str b):
    return strcmp(a.encode("ascii"), b.encode("ascii")) == 0


def parse_int(str s):
    return atoi(s.encode("ascii"))


def parse_float(str s):
    return strtod(s.strip().encode("ascii"), NULL)
