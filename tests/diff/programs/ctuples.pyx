"""C tuples: `(int, double)` as a cdef return type and a local type."""


cdef (int, double) ctuple_ret(int a):
    return a * 2, a / 4.0


def call_ctuple(int a):
    cdef int x
    cdef double y
    x, y = ctuple_ret(a)
    return x, y


def local_ctuple(int a, double b):
    cdef (int, double) t = (a, b)
    return t[0] + 1, t[1] * 2, t


cdef (double, double) minmax(const double[:] a) noexcept nogil:
    cdef double lo = a[0], hi = a[0]
    cdef Py_ssize_t i
    for i in range(1, a.shape[0]):
        if a[i] < lo:
            lo = a[i]
        if a[i] > hi:
            hi = a[i]
    return lo, hi


def range_of(const double[:] a):
    cdef double lo, hi
    with nogil:
        lo, hi = minmax(a)
    return hi - lo, minmax(a)


cdef double dot2((double, double) p, (double, double) q) noexcept:
    return p[0] * q[0] + p[1] * q[1]


def call_with_tuples(double a, double b):
    return dot2((a, b), (b, a)), dot2((1, 2), (a, -1))


def from_python(o):
    cdef (long, double, int) t = o
    return t[2], t[-1], t


def nested(int a):
    cdef ((int, int), double) t = ((a, a + 1), a * 0.5)
    cdef (int, int) inner
    inner, z = t
    x, y = inner
    return x, y, z, t


def reassign(int n):
    cdef (int, int) pair = (0, 1)
    cdef int i
    for i in range(n):
        pair = (pair[1], pair[0] + pair[1])
    return pair


def runtime_index(int a, int k):
    t = ctuple_ret(a)
    return t[k]
