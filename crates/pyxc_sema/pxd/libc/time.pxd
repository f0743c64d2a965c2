# C <time.h>, as pyxc ships it.
cdef extern from "<time.h>" nogil:
    ctypedef long clock_t
    ctypedef long time_t
    enum: CLOCKS_PER_SEC
    clock_t clock()
    time_t time(time_t *tloc)
    double difftime(time_t end, time_t start)
