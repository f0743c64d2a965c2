# cython: language_level=3
"""Which buffer formats each C element type accepts: numpy's int64 ('l')
vs longlong ('q') for long / long long / Py_ssize_t / int64_t, uint64 vs
ulonglong for size_t / unsigned long long, intc vs int32, bool ('?') for
unsigned char, char ('c') buffers from array.array('b')/bytes, and
struct-module style memoryview casts."""
import numpy as np
from libc.stdint cimport int64_t, uint64_t


def take_long(const long[:] a):
    return a.shape[0]


def take_longlong(const long long[:] a):
    return a.shape[0]


def take_ssize(const Py_ssize_t[:] a):
    return a.shape[0]


def take_size(const size_t[:] a):
    return a.shape[0]


def take_ull(const unsigned long long[:] a):
    return a.shape[0]


def take_int64(const int64_t[:] a):
    return a.shape[0]


def take_uchar(const unsigned char[:] a):
    return a.shape[0]


def take_schar(const signed char[:] a):
    return a.shape[0]


def take_double(const double[:] a):
    return a.shape[0]
