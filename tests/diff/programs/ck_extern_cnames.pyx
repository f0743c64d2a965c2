# cython: language_level=3
"""Extern declarations with C name strings, the way wrappers rename C
symbols on the Cython side: functions (``c_hypot "hypot"``), typedefs
(``ctypedef unsigned long long u64 "unsigned long long"``), constants and
macros from verbatim C, and struct fields accessed under their C names."""

cdef extern from "<math.h>" nogil:
    double c_hypot "hypot"(double x, double y)
    double c_floor "floor"(double x)
    float c_sqrtf "sqrtf"(float x)

cdef extern from *:
    """
    typedef unsigned long long ck_u64;
    #define CK_BIG_CONSTANT 1234567890123ULL
    typedef struct { int real_name; double other; } ck_rec;
    static int ck_bump(int x) { return x + 1000; }
    """
    ctypedef unsigned long long u64 "ck_u64"
    u64 BIG "CK_BIG_CONSTANT"
    ctypedef struct Rec "ck_rec":
        int alias "real_name"
        double other
    int bump "ck_bump"(int x)


def math(double x, double y):
    return c_hypot(x, y), c_floor(x), c_sqrtf(<float>y)


def typedefs(u64 v):
    cdef u64 w = v * 2 + BIG
    return w, sizeof(u64)


def record(int a, double b):
    cdef Rec r
    r.alias = a
    r.other = b
    return r.alias + bump(a), r.other
