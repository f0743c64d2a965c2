# Writing through a pointer to const, or to a field of a const struct, is
# refused with Cython's messages (the C compiler would reject it).
cdef struct S:
    int x


def poke(s):
    cdef const char *p = s
    p[0] = 45


def set_field():
    cdef S s
    cdef const S *q = &s
    q.x = 1
    q[0].x = 2
