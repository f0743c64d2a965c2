def first(bytes b):
    cdef const char *p = b + b
    return p[0]
