cdef struct Record:
    char name[]
    int level
