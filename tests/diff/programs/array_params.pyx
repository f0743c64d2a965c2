"""Array parameters are pointers: callers pass pointers or arrays, NULL included."""


ctypedef double vec3[3]

cdef int count(char *argv[]):
    return 0 if argv == NULL else 1

cdef double first(double v[3]):
    return v[0]

cdef double second(vec3 v):
    return v[1]

cdef double third(double v[8][3]):
    return v[1][2]


cdef double third_const(const double v[8][3]):
    return v[1][2] + v[0][0]


def run():
    cdef double a[3]
    cdef double m[8][3]
    a[0] = 1.5
    a[1] = 2.5
    m[1][2] = 7.0
    m[0][0] = 0.25
    cdef double *p = a
    return count(NULL), first(p), first(a), second(p), second(a), third(m), third_const(m)
