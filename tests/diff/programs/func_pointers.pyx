# cython: language_level=3
"""C function pointers: qsort/bsearch comparators, ctypedef'd function
pointer types used for dispatch tables (metric or kernel selection as in
scipy.spatial / sklearn), function pointers as cdef arguments."""
from libc.stdlib cimport malloc, free, qsort, bsearch
from libc.math cimport sqrt, fabs

ctypedef double (*metric_fn)(const double*, const double*, Py_ssize_t) noexcept nogil
ctypedef double (*unary_fn)(double) noexcept


cdef int _cmp_double(const void* a, const void* b) noexcept nogil:
    cdef double x = (<const double*>a)[0]
    cdef double y = (<const double*>b)[0]
    return (x > y) - (x < y)


cdef int _cmp_int_desc(const void* a, const void* b) noexcept nogil:
    cdef int x = (<const int*>a)[0]
    cdef int y = (<const int*>b)[0]
    return (y > x) - (y < x)


cdef double _euclidean(const double* a, const double* b, Py_ssize_t n) noexcept nogil:
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(n):
        s += (a[i] - b[i]) * (a[i] - b[i])
    return sqrt(s)


cdef double _manhattan(const double* a, const double* b, Py_ssize_t n) noexcept nogil:
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(n):
        s += fabs(a[i] - b[i])
    return s


cdef double _chebyshev(const double* a, const double* b, Py_ssize_t n) noexcept nogil:
    cdef double s = 0.0
    cdef Py_ssize_t i
    for i in range(n):
        s = max(s, fabs(a[i] - b[i]))
    return s


cdef metric_fn _get_metric(str name) except NULL:
    if name == "euclidean":
        return _euclidean
    elif name == "manhattan" or name == "cityblock":
        return _manhattan
    elif name == "chebyshev":
        return _chebyshev
    raise ValueError(f"unknown metric {name!r}")


cdef double _sq(double x) noexcept:
    return x * x


cdef double _neg(double x) noexcept:
    return -x


cdef list _map_c(unary_fn f, list xs):
    return [f(x) for x in xs]


def qsort_doubles(list xs):
    cdef Py_ssize_t n = len(xs), i
    cdef double* buf = <double*>malloc(n * sizeof(double) + 1)
    if buf == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            buf[i] = xs[i]
        qsort(buf, n, sizeof(double), _cmp_double)
        return [buf[i] for i in range(n)]
    finally:
        free(buf)


def qsort_ints_desc(list xs):
    cdef Py_ssize_t n = len(xs), i
    cdef int* buf = <int*>malloc(n * sizeof(int) + 1)
    try:
        for i in range(n):
            buf[i] = xs[i]
        qsort(buf, n, sizeof(int), _cmp_int_desc)
        return [buf[i] for i in range(n)]
    finally:
        free(buf)


def bsearch_int(list sorted_desc, int key):
    cdef Py_ssize_t n = len(sorted_desc), i
    cdef int* buf = <int*>malloc(n * sizeof(int) + 1)
    cdef int* hit
    try:
        for i in range(n):
            buf[i] = sorted_desc[i]
        hit = <int*>bsearch(&key, buf, n, sizeof(int), _cmp_int_desc)
        if hit == NULL:
            return -1
        return hit - buf
    finally:
        free(buf)


def pdist(const double[:, ::1] X, str metric="euclidean"):
    cdef metric_fn f = _get_metric(metric)
    cdef Py_ssize_t n = X.shape[0], d = X.shape[1], i, j
    out = []
    for i in range(n):
        for j in range(i + 1, n):
            out.append(f(&X[i, 0], &X[j, 0], d))
    return out


def apply_unary(int which, list xs):
    cdef unary_fn f = _sq if which == 0 else _neg
    return _map_c(f, xs)


def fp_is_null(int which):
    cdef unary_fn f = NULL
    if which:
        f = _sq
    return f == NULL


ctypedef double (*checked_fn)(double) except? -1


cdef double _inv(double x) except? -1:
    if x == 0:
        raise ZeroDivisionError("inverse of zero")
    return 1 / x


def apply_checked(double x):
    cdef checked_fn f = _inv
    return f(x)


cdef struct Op:
    int code
    unary_fn fn


def dispatch_table(int which, double x):
    cdef unary_fn table[2]
    table[0] = _sq
    table[1] = _neg
    cdef Op op
    op.code = which
    op.fn = table[which % 2]
    return op.fn(x), table[1 - which % 2](x)


def metric_nogil(const double[:, ::1] X, str metric):
    cdef metric_fn f = _get_metric(metric)
    cdef double s = 0
    cdef Py_ssize_t i
    with nogil:
        for i in range(1, X.shape[0]):
            s += f(&X[i - 1, 0], &X[i, 0], X.shape[1])
    return s
