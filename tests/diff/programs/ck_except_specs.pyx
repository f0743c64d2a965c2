# cython: language_level=3
"""Exception specifications of cdef functions under Cython 3's defaults and
explicit ``except -1`` / ``except? -1`` / ``except *`` / ``noexcept`` /
``except NULL``, in the shape of a small numeric validation layer: errors
raised several C frames deep reach the Python caller with every frame in
the traceback; a function returning the error value legitimately is not an
error; noexcept functions print and swallow (not tested) so only their
normal results are compared."""
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt


cdef double checked_sqrt(double x):            # Cython 3: except? -1 implied for double
    if x < 0:
        raise ValueError("math domain error: sqrt(%r)" % x)
    return sqrt(x)


cdef int parse_digit(int c) except -1:
    if c < 48 or c > 57:
        raise ValueError("not a digit: %r" % chr(c))
    return c - 48


cdef long parse_uint(bytes s) except? -1:
    cdef long v = 0
    cdef const unsigned char* p = s
    cdef Py_ssize_t i
    if len(s) == 0:
        raise ValueError("empty string")
    for i in range(len(s)):
        v = v * 10 + parse_digit(p[i])
        if v > 1000000000:
            raise OverflowError("number too large: %s" % s.decode("ascii", "replace"))
    return v


cdef void fill_squares(double* out, int n) except *:
    cdef int i
    for i in range(n):
        if i == 7:
            raise IndexError("fill_squares: refusing index 7")
        out[i] = checked_sqrt(i * i)


cdef int noexc_clip(int x, int lo, int hi) noexcept nogil:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


cdef double* alloc_doubles(Py_ssize_t n) except NULL:
    if n < 0:
        raise ValueError("negative size %d" % n)
    cdef double* p = <double*>malloc((n if n > 0 else 1) * sizeof(double))
    if p == NULL:
        raise MemoryError()
    return p


cdef Py_ssize_t find_neg(const double[:] a) except -2:
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        if a[i] != a[i]:
            raise ValueError("NaN at %d" % i)
        if a[i] < 0:
            return i
    return -1


cdef int level3(int x) except -1:
    if x == 3:
        raise KeyError("level3 got 3")
    return x


cdef int level2(int x) except -1:
    return level3(x + 1) * 2


cdef int level1(int x) except? 0:
    return level2(x + 1) + 1


def sqrt_all(list xs):
    return [checked_sqrt(x) for x in xs]


def parse_numbers(list items):
    return [parse_uint(s) for s in items]


def squares(int n):
    cdef double* buf = alloc_doubles(n)
    try:
        fill_squares(buf, n)
        return [buf[i] for i in range(n)]
    finally:
        free(buf)


def clip_all(list xs, int lo, int hi):
    return [noexc_clip(x, lo, hi) for x in xs]


def first_negative(const double[:] a):
    return find_neg(a)


def chain(int x):
    return level1(x)


def minus_one_is_value(long x):
    """parse_uint-like function legitimately returning -1 (except? -1): no error."""
    return _identity(x)


cdef long _identity(long x) except? -1:
    return x


def sum_sqrt_checked(const double[:] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += checked_sqrt(a[i])
    return s


cpdef int cp_validate(int x) except -1:
    if x % 2:
        raise ValueError("odd: %d" % x)
    return x // 2


def call_cp(int x):
    return cp_validate(x) + 100
