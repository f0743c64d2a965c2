cdef int N
cdef double N
