"""Pointers (arithmetic, indexing, NULL), malloc/free, C structs in extern
blocks and cdef structs, libc.math and libc.string, extern declarations."""
from libc.stdlib cimport malloc, free, abs as c_abs, llabs
from libc.string cimport memcpy, memset, strlen
from libc.math cimport sqrt, exp, log, floor, ceil, fabs, pow as c_pow, M_PI, INFINITY, NAN, isnan, fmod, hypot, atan2

cdef extern from "math.h":
    double cbrt(double x) nogil
    double trunc(double x) nogil

cdef extern from "stdlib.h":
    ctypedef struct div_t:
        int quot
        int rem
    div_t div(int numer, int denom)

cdef struct Point:
    double x
    double y

ctypedef Point* PointPtr

cdef struct Rect:
    Point lo
    Point hi
    int tag


def ptr_sum(int n):
    cdef int* buf = <int*>malloc(n * sizeof(int))
    cdef int i
    cdef long total = 0
    if buf == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            buf[i] = i * 3
        for i in range(n):
            total += buf[i]
        return total
    finally:
        free(buf)


def ptr_arith(int n):
    cdef double* buf = <double*>malloc(n * sizeof(double))
    cdef double* p
    cdef double* end
    cdef int i
    for i in range(n):
        buf[i] = i + 0.5
    p = buf
    end = buf + n
    total = 0.0
    while p < end:
        total += p[0]
        p += 1
    cdef Py_ssize_t dist = end - buf
    cdef double last = (end - 1)[0] if n > 0 else -1.0
    free(buf)
    return total, dist, last


def null_checks():
    cdef int* p = NULL
    cdef int x = 5
    cdef int* q = &x
    q[0] = 7
    return p == NULL, q != NULL, x, not p


def memcpy_memset(int n):
    cdef char* a = <char*>malloc(n + 1)
    cdef char* b = <char*>malloc(n + 1)
    memset(a, ord('z'), n)
    a[n] = 0
    memcpy(b, a, n + 1)
    cdef bytes out = b
    cdef size_t length = strlen(b)
    free(a)
    free(b)
    return out, length


def struct_point(double x, double y):
    cdef Point p
    p.x = x
    p.y = y
    cdef Point q = Point(x=y, y=x)
    return p.x + q.y, p.y * q.x, p


def struct_ptr(double x):
    cdef Point p = Point(1.0, 2.0)
    cdef PointPtr pp = &p
    pp.x = x
    pp[0].y += 1.0
    return p.x, p.y


def nested_struct(int tag):
    cdef Rect r
    r.lo.x = 0.0
    r.lo.y = -1.0
    r.hi = Point(3.0, 4.0)
    r.tag = tag
    return r.hi.x - r.lo.x, r.hi.y - r.lo.y, r.tag


def struct_from_dict(Point p):
    return p.x - p.y


def struct_array(int n):
    cdef Point* pts = <Point*>malloc(n * sizeof(Point))
    cdef int i
    for i in range(n):
        pts[i].x = i
        pts[i].y = i * i
    total = 0.0
    for i in range(n):
        total += pts[i].x + pts[i].y
    free(pts)
    return total


def extern_div(int a, int b):
    cdef div_t r = div(a, b)
    return r.quot, r.rem


def libc_math(double x):
    return sqrt(x), exp(x), floor(x), ceil(x), fabs(x), c_pow(x, 3.0), fmod(x, 1.5), hypot(x, 4.0), atan2(x, -1.0)


def libc_math_domain(double x):
    return sqrt(x), log(x), isnan(sqrt(x))


def libc_consts():
    return M_PI, INFINITY, isnan(NAN)


def extern_math(double x):
    return cbrt(x), trunc(x)


def c_abs_funcs(int a, long long b):
    return c_abs(a), llabs(b)


def address_of_local(int v):
    cdef int a = v
    cdef int* p = &a
    p[0] += 1
    return a


def swap_via_pointers(int a, int b):
    cdef int t
    cdef int* pa = &a
    cdef int* pb = &b
    t = pa[0]
    pa[0] = pb[0]
    pb[0] = t
    return a, b


def void_ptr_cast(double x):
    cdef double d = x
    cdef void* v = &d
    cdef double* back = <double*>v
    return back[0]


def const_ptr_read(int n):
    cdef int[5] arr = [1, 2, 3, 4, 5]
    cdef const int* p = arr
    cdef int total = 0
    cdef int i
    for i in range(min(n, 5)):
        total += p[i]
    return total


def c_array_local():
    cdef double[4] a
    cdef int i
    for i in range(4):
        a[i] = i * 1.5
    return a[0] + a[3], [a[i] for i in range(4)]
