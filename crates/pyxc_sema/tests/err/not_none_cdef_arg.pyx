cdef f(list x not None):
    return x
