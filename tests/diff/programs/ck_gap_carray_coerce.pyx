# cython: language_level=3
"""C arrays coerced to and from Python: ``a = [list]`` assignment,
``for x in carray``, ``cdef list l = carray``, and ``len()`` of a char array."""


def from_list(list values):
    cdef double a[4]
    if len(values) != 4:
        raise ValueError("need 4 values")
    a = values
    return a[0] + a[1] + a[2] + a[3]


def iterate_array():
    cdef int a[5]
    cdef int i
    for i in range(5):
        a[i] = 5 - i
    cdef long total = 0
    for x in a:
        total = total * 10 + x
    return total


def array_to_list():
    cdef int a[4]
    a[0] = 1; a[1] = -2; a[2] = 3; a[3] = 2**31 - 1
    cdef list l = a
    return l


def char_array_text():
    cdef char buf[6]
    buf[0] = 72; buf[1] = 105; buf[2] = 33; buf[3] = 0; buf[4] = 88; buf[5] = 0
    return buf, len(buf), buf[:5]
