cdef object f() except -1:
    return 1
