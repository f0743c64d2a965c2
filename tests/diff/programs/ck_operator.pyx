# cython: language_level=3
"""``cython.operator`` and address helpers in pointer-walking code:
dereference, preincrement/predecrement/postincrement on pointers and
integers, ``cython.address`` and ``&``, comma-free pointer loops over
C-contiguous views and C arrays."""
cimport cython
from cython.operator cimport dereference as deref, preincrement as inc, predecrement as dec, postincrement


def sum_with_deref(const double[::1] a):
    cdef const double* p
    cdef const double* end
    cdef double s = 0
    if a.shape[0] == 0:
        return 0.0
    p = &a[0]
    end = p + a.shape[0]
    while p != end:
        s += deref(p)
        inc(p)
    return s


def reverse_walk(const int[::1] a):
    cdef list out = []
    cdef const int* base
    cdef const int* p
    if a.shape[0] == 0:
        return out
    base = &a[0]
    p = base + a.shape[0]
    while p != base:
        dec(p)
        out.append(deref(p))
    return out


def post_increment(int start, int n):
    cdef int i = start
    cdef list seen = []
    cdef int k
    for k in range(n):
        seen.append(postincrement(i))
    return seen, i


def address_of(int x):
    cdef int y = x
    cdef int* p = cython.address(y)
    p[0] = p[0] * 3
    cdef int* q = &y
    q[0] = deref(q) + 1
    return y, p == q


def struct_pointer_walk(int n):
    cdef double vals[8]
    cdef double* p = vals
    cdef int k
    for k in range(8):
        vals[k] = k * k
    cdef double s = 0
    for k in range(min(n, 8)):
        s += deref(p + k)
    return s
