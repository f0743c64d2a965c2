# cython: language_level=3
"""Lambdas that capture C-typed variables (typed arguments, cdef locals,
memoryviews): Cython stores them in the closure, so sort keys such as
`key=lambda i: a[i]` over a typed view work."""


def make_scaler(double factor):
    return lambda x: x * factor


def use_scaler(double factor, x):
    f = make_scaler(factor)
    return f(x)


def argsort_by_view(double[:] a):
    return sorted(range(a.shape[0]), key=lambda i: a[i])


def filter_above(list xs, int threshold):
    return list(filter(lambda v: v > threshold, xs))


def count_with_cdef_local(list xs):
    cdef int limit = 3
    return len([x for x in xs if (lambda v: v < limit)(x)])


def late_binding_c(int n):
    cdef int k = 1
    f = lambda: k * 10
    first = f()
    k = n
    return first, f()


def truncates_on_assign(double x):
    cdef int k = 0
    get = lambda: k
    k = <int>x
    return get(), k + 1


def view_sum_via_def(double[:] a, double scale):
    def total():
        s = 0.0
        for i in range(a.shape[0]):
            s += a[i] * scale
        return s
    return total()
