# cython: cdivision=True
cimport cython


def idiv(int a, int b):
    return a // b


def imod(int a, int b):
    return a % b


def itruediv(int a, int b):
    return a / b


@cython.cdivision(False)
def dec_idiv(int a, int b):
    return a // b


@cython.cdivision(False)
def dec_imod(int a, int b):
    return a % b


def with_off(int a, int b):
    cdef int r
    with cython.cdivision(False):
        r = a % b
    return r
