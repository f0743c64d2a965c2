# cython: language_level=3
"""Tuple assignment of C values inside nogil code: Cython swaps C variables
without building a Python tuple (scipy's condensed-index helper)."""


cdef inline Py_ssize_t condensed_index(Py_ssize_t n, Py_ssize_t i, Py_ssize_t j) noexcept nogil:
    if i > j:
        i, j = j, i
    return n * i - (i * (i + 1)) // 2 + (j - i - 1)


cdef void sort3(double* a) noexcept nogil:
    if a[0] > a[1]:
        a[0], a[1] = a[1], a[0]
    if a[1] > a[2]:
        a[1], a[2] = a[2], a[1]
    if a[0] > a[1]:
        a[0], a[1] = a[1], a[0]


def cidx(Py_ssize_t n, Py_ssize_t i, Py_ssize_t j):
    cdef Py_ssize_t r
    with nogil:
        r = condensed_index(n, i, j)
    return r


def median3(double x, double y, double z):
    cdef double a[3]
    a[0] = x; a[1] = y; a[2] = z
    with nogil:
        sort3(a)
    return a[0], a[1], a[2]


def fib_nogil(int n):
    cdef long a = 0, b = 1
    cdef int k
    with nogil:
        for k in range(n):
            a, b = b, a + b
    return a
