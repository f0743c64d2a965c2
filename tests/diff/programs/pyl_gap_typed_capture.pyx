"""Closures and lambdas that read C-typed arguments and locals (Cython
captures them by value into the closure scope)."""


def scale_all(list xs, double factor):
    return [x * factor for x in xs], list(map(lambda v: v * factor, xs))


def make_offset(int k):
    def add(x):
        return x + k
    return add


def use_offset(int k, x):
    return make_offset(k)(x)


def sort_by_distance(list xs, double center):
    return sorted(xs, key=lambda v: abs(v - center))


def typed_local_capture(int n):
    cdef long total = 0
    cdef int i
    for i in range(n):
        total += i
    report = lambda: f"sum={total} n={n}"
    return report()


def threshold_filter(list xs, int lo, int hi):
    def keep(v):
        return lo <= v < hi
    return [v for v in xs if keep(v)]
