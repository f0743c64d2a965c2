# cdivision: module default (or -X), decorators, with blocks.
cimport cython


def idiv(int a, int b):
    return a // b


def imod(int a, int b):
    return a % b


def ldiv(long long a, long long b):
    return a // b


def lmod(long long a, long long b):
    return a % b


def itruediv(int a, int b):
    return a / b


def fdiv(double a, double b):
    return a / b


def ffloordiv(double a, double b):
    return a // b


def fmod(double a, double b):
    return a % b


@cython.cdivision(True)
def dec_idiv(int a, int b):
    return a // b


@cython.cdivision(True)
def dec_imod(int a, int b):
    return a % b


def with_idiv(int a, int b):
    cdef int q
    with cython.cdivision(True):
        q = a // b
    # the block ends: Python semantics again (and the zero check)
    return q, a // b


@cython.cdivision(True)
def dec_with_off(int a, int b):
    cdef int q
    with cython.cdivision(False):
        q = a % b
    return q, a % b
