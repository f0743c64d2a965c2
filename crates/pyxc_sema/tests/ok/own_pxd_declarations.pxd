ctypedef double real_t

cdef struct Stats:
    real_t mean
    real_t var

cdef real_t square(real_t x)
cdef Stats stats_of(double[::1] data)
