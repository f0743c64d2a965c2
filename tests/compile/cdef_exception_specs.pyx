# The error return of each cdef exception spec.
cdef int checked(int x) except -1:
    if x < 0:
        raise ValueError("negative")
    return x

cdef int maybe(int x) except? -1:
    return x

cdef int never(int x) noexcept:
    return x

cdef void star(int x) except *:
    pass

cdef inline double quick(double x):
    return x

def f(int x):
    star(x)
    return checked(x) + maybe(x) + never(x) + quick(x)
