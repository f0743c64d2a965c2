ctypedef int triple[3]


cdef triple f():
    pass
