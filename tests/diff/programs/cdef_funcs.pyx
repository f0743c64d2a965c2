"""cdef functions: exception specs, tracebacks through two functions, cpdef,
inline, nogil, recursion."""


cdef int plain_int(int x):
    # Cython 3: a cdef function returning a C int propagates exceptions (except? -1)
    if x < 0:
        raise ValueError("negative")
    return x * 2


cdef int explicit_minus1(int x) except -1:
    if x == 0:
        raise ZeroDivisionError("zero in explicit_minus1")
    return 100 // x


cdef int maybe_minus1(int x) except? -1:
    if x > 100:
        raise OverflowError("too big")
    return x - 1


cdef void void_star(int x) except *:
    if x == 13:
        raise KeyError(x)


cdef double dbl_func(double x):
    if x != x:
        raise ValueError("nan input")
    return x * 0.5


cdef object obj_func(x):
    if x is None:
        raise TypeError("obj_func got None")
    return [x, x]


cdef int no_except(int x) noexcept:
    return x + 1


cdef inline int inl_square(int x):
    return x * x


cdef int inner_raise(int x) except -1:
    if x > 10:
        raise IndexError("inner index %d" % x)
    return x


cdef int middle(int x) except -1:
    return inner_raise(x + 5) + 1


cdef double nogil_helper(double x, double y) nogil:
    return x * x + y * y


cpdef double cp_compute(double x, double y):
    return nogil_helper(x, y)


cpdef int cp_fact(int n):
    if n <= 1:
        return 1
    return n * cp_fact(n - 1)


cpdef cp_object(x):
    return (x, type(x).__name__)


cdef long fib_c(int n):
    if n < 2:
        return n
    return fib_c(n - 1) + fib_c(n - 2)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def call_plain_int(int x):
    return plain_int(x)


def call_explicit(int x):
    return explicit_minus1(x)


def call_maybe(int x):
    return maybe_minus1(x)


def call_maybe_zero():
    # except? -1 with a real -1 result and no exception
    return maybe_minus1(0)


def call_void(int x):
    void_star(x)
    return "ok"


def call_dbl(double x):
    return dbl_func(x)


def call_obj(x):
    return obj_func(x)


def call_no_except(int x):
    return no_except(x)


def call_inline(int x):
    return inl_square(x) + inl_square(x + 1)


def two_level(int x):
    return middle(x)


def three_level(int x):
    cdef int r = middle(x)
    return r * 2


def call_cp_compute(double x, double y):
    return cp_compute(x, y) + 1.0


def call_nogil(double x, double y):
    cdef double r
    with nogil:
        r = nogil_helper(x, y)
    return r


def fib_cdef(int n):
    return fib_c(n)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


cdef int sum_to(int n) except -1:
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def call_sum_to(int n):
    return sum_to(n)


cdef int apply_twice(int x, int k):
    cdef int i
    for i in range(2):
        x = x * k
    return x


def call_apply_twice(int x, int k):
    return apply_twice(x, k)


def is_even(int n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(int n):
    return False if n == 0 else is_even(n - 1)


cdef int with_default(int a, int b=10):
    return a + b


def call_with_default(int a):
    return with_default(a), with_default(a, 1)
