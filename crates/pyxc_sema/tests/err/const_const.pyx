cdef const const int x = 1
