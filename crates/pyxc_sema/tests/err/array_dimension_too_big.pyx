def f():
    cdef int a[9223372036854775808]
    return 0
