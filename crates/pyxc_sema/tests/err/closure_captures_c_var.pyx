def f(xs):
    cdef double scale = 2.0
    return list(map(lambda x: x * scale, xs))
