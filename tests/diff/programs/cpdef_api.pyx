# cython: language_level=3
"""cpdef/cdef API styles: cpdef functions with defaults and optional
arguments called from Python and from C, cdef functions taking and
returning memoryviews and pointers, recursion, tuple returns, bint
returns, `except? -1`, cdef helpers with default arguments."""
import numpy as np
cimport cython


cpdef double clamp(double x, double lo=0.0, double hi=1.0):
    if lo > hi:
        raise ValueError("lo > hi")
    return lo if x < lo else hi if x > hi else x


cpdef int gcd(int a, int b):
    while b:
        a, b = b, a % b
    return abs(a)


cpdef long long binom(int n, int k) except -1:
    if k < 0 or k > n:
        raise ValueError(f"invalid k={k} for n={n}")
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


cpdef bint is_sorted(list xs, bint strict=False):
    cdef Py_ssize_t i
    for i in range(1, len(xs)):
        if strict and not xs[i - 1] < xs[i]:
            return False
        if xs[i - 1] > xs[i]:
            return False
    return True


cpdef tuple minmax(double[:] a):
    cdef double lo, hi
    cdef Py_ssize_t i
    if a.shape[0] == 0:
        raise ValueError("empty")
    lo = hi = a[0]
    for i in range(1, a.shape[0]):
        if a[i] < lo:
            lo = a[i]
        elif a[i] > hi:
            hi = a[i]
    return lo, hi


cpdef object first_or(list xs, default=None):
    return xs[0] if xs else default


cpdef str describe(int n, str unit="item"):
    return f"{n} {unit}{'' if n == 1 else 's'}"


cdef int _maybe_index(list xs, object x) except? -1:
    cdef Py_ssize_t i
    for i in range(len(xs)):
        if xs[i] == x:
            return i
    raise LookupError(x)


cdef double[:] _running_mean(double[:] a, int w):
    cdef Py_ssize_t n = a.shape[0], i
    out = np.zeros(max(n - w + 1, 0))
    cdef double[:] o = out
    cdef double s = 0.0
    for i in range(n):
        s += a[i]
        if i >= w:
            s -= a[i - w]
        if i >= w - 1:
            o[i - w + 1] = s / w
    return o


cdef double* _argmax_ptr(double* p, Py_ssize_t n) noexcept nogil:
    cdef double* best = p
    cdef Py_ssize_t i
    for i in range(1, n):
        if p[i] > best[0]:
            best = p + i
    return best


cdef int _scale_default(int x, int factor=3, int offset=0):
    return x * factor + offset


cdef bint _all_positive(const double[:] a) noexcept:
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        if a[i] <= 0:
            return False
    return True


def call_clamp_c(double x):
    return clamp(x), clamp(x, -1.0), clamp(x, hi=0.5), clamp(x, 2.0, 3.0)


def call_gcd_c(int a, int b):
    return gcd(a, b), gcd(b, a)


def binom_row(int n):
    return [binom(n, k) for k in range(n + 1)]


def index_of(list xs, x):
    return _maybe_index(xs, x)


def running_mean(double[:] a, int w):
    if w <= 0:
        raise ValueError("w must be positive")
    return np.asarray(_running_mean(a, w)).tolist()


def argmax_ptr(double[::1] a):
    if a.shape[0] == 0:
        return -1
    cdef double* p = _argmax_ptr(&a[0], a.shape[0])
    return p - &a[0], p[0]


def scale_defaults(int x):
    return _scale_default(x), _scale_default(x, 2), _scale_default(x, 2, offset=5), _scale_default(x, 1, -1)


def all_positive(const double[:] a):
    return _all_positive(a)


@cython.cdivision(True)
cpdef int c_mod(int a, int b):
    return a % b


def recursion_depth(int n):
    return _depth(n)


cdef int _depth(int n) except -1:
    if n == 0:
        return 0
    return 1 + _depth(n - 1)


def fib_memo(int n, dict memo=None):
    if memo is None:
        memo = {}
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = r
    return r


cpdef list tuple_returns(int n):
    cdef list out = []
    cdef int i
    for i in range(n):
        q, r = divmod(i * 7, 5)
        out.append((q, r))
    return out
