"""Typed def arguments receiving Python values: conversions, truthiness of
bint, range errors and their messages."""


def as_int(int x):
    return x


def as_uint(unsigned int x):
    return x


def as_long(long x):
    return x


def as_ssize(Py_ssize_t x):
    return x


def as_size(size_t x):
    return x


def as_char(signed char x):
    return x


def as_uchar(unsigned char x):
    return x


def as_short(short x):
    return x


def as_double(double x):
    return x


def as_float(float x):
    return x


def as_bint(bint flag):
    return flag


def as_longlong(long long x):
    return x


def mixed(int a, double b, bint c, str d="", object e=None):
    return a, b, c, d, e


def defaults_typed(int a=-1, double b=0.5, bint c=True, long long d=2**40):
    return a, b, c, d
