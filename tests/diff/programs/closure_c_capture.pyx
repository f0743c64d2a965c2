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
