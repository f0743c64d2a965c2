# cython: language_level=3
"""C division semantics: by default Cython keeps Python's floor division and
modulo for C integers (and raises ZeroDivisionError); with
``cython.cdivision(True)`` it truncates like C. Used for wraparound index
arithmetic (ring offsets, periodic boundaries) and fixed-point rounding."""
cimport cython
from libc.stdint cimport int8_t, int16_t, int32_t, int64_t, uint32_t


def py_div(int a, int b):
    return a // b, a % b


@cython.cdivision(True)
def c_div(int a, int b):
    if b == 0:
        return None
    return a // b, a % b


def py_div_ll(long long a, long long b):
    return a // b, a % b


@cython.cdivision(True)
def c_div_ll(long long a, long long b):
    if b == 0:
        return None
    return a // b, a % b


def periodic_index(Py_ssize_t i, Py_ssize_t n):
    """Python modulo keeps the result in [0, n): a periodic boundary."""
    return i % n


@cython.cdivision(True)
def periodic_index_c(Py_ssize_t i, Py_ssize_t n):
    cdef Py_ssize_t r
    if n == 0:
        return -1
    r = i % n
    if r < 0:
        r += n
    return r


def float_floordiv(double a, double b):
    return a // b, a % b


@cython.cdivision(True)
def float_mod_c(double a, double b):
    return a % b


def unsigned_div(uint32_t a, uint32_t b):
    return a // b, a % b


def small_width_div(int8_t a, int8_t b):
    cdef int8_t q = a // b
    cdef int8_t r = a % b
    return q, r


def div_true(int a, int b):
    """``/`` on C ints is true division under language_level=3."""
    return a / b


@cython.cdivision(True)
def div_true_c(int a, int b):
    cdef double r
    if b == 0:
        return None
    r = a / b
    return r


def mixed_div(long a, double b):
    return a / b, a // b


def avg_round_half(int64_t total, int64_t count):
    """Rounded mean with Python floor semantics for negative totals."""
    if count == 0:
        raise ZeroDivisionError("empty group")
    return (2 * total + count) // (2 * count)


@cython.cdivision(True)
def ring_offsets(int start, int step, int n, int size):
    cdef int k
    cdef list out = []
    for k in range(n):
        out.append((start + k * step) % size)
    return out


def ring_offsets_py(int start, int step, int n, int size):
    cdef int k
    cdef list out = []
    for k in range(n):
        out.append((start + k * step) % size)
    return out


def int_min_div(int a, int b):
    return a // b
