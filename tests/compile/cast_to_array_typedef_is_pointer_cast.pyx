# A cast to an array typedef, and an unnamed array-typed parameter of an
# extern function, are pointers to the first element (C has no casts to
# array types).
# expect c: foo_init((struct foo_s *)g_pointer)
cdef extern from *:
    """
    struct foo_s { int i, j; };
    typedef struct foo_s foo_t[1];
    static void foo_init(foo_t f) { f[0].i = 1; f[0].j = 2; }
    """
    cdef struct foo_s:
        int i, j
    ctypedef foo_s foo_t[1]
    void foo_init(foo_t)

cdef foo_t value
cdef void *pointer = <void*> value
foo_init(<foo_t>pointer)
