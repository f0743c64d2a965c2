# The module's own .pxd (own_pxd_declarations.pxd) is read first: its
# ctypedef, struct and cdef function declarations are the module's names.
cdef real_t square(real_t x):
    return x * x

cdef Stats stats_of(double[::1] data):
    cdef Stats s
    cdef Py_ssize_t i, n = data.shape[0]
    s.mean = 0
    for i in range(n):
        s.mean += data[i]
    s.mean /= n
    s.var = 0
    for i in range(n):
        s.var += square(data[i] - s.mean)
    s.var /= n
    return s

def mean_var(double[::1] data):
    cdef Stats s = stats_of(data)
    return s.mean, s.var
