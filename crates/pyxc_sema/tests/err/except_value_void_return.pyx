cdef void f() except -1:
    pass
