# cython: language_level=3
"""Declaring C library pieces directly in the .pyx: ``cdef extern from``
blocks for standard headers with ``nogil`` on the block, extern structs
(div_t/ldiv_t/lldiv_t from stdlib.h), extern constants and macros
(RAND_MAX, EXIT_FAILURE), extern functions with const pointer arguments
(strspn, strcspn, strpbrk), and a ``cdef extern from *`` block with inline
C code provided through a verbatim string."""

cdef extern from "<math.h>" nogil:
    double copysign(double x, double y)
    double nearbyint(double x)
    double logb(double x)
    int ilogb(double x)

cdef extern from "<stdlib.h>" nogil:
    ctypedef struct ldiv_t:
        long quot
        long rem
    ctypedef struct lldiv_t:
        long long quot
        long long rem
    ldiv_t ldiv(long num, long den)
    lldiv_t lldiv(long long num, long long den)
    enum:
        RAND_MAX
        EXIT_FAILURE

cdef extern from "<string.h>" nogil:
    size_t strspn(const char* s, const char* accept)
    size_t strcspn(const char* s, const char* reject)
    const char* strpbrk(const char* s, const char* accept)

cdef extern from *:
    """
    static inline int ck_clamp_int(int v, int lo, int hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }
    #define CK_SQUARE(x) ((x) * (x))
    typedef struct { int w; int h; } ck_size;
    static ck_size ck_make_size(int w, int h) { ck_size s; s.w = w; s.h = h; return s; }
    """
    int ck_clamp_int(int v, int lo, int hi) nogil
    long CK_SQUARE(long x) nogil
    ctypedef struct ck_size:
        int w
        int h
    ck_size ck_make_size(int w, int h)


def math_bits(double x):
    cdef double a, b
    cdef int e
    with nogil:
        a = nearbyint(x)
        b = logb(x) if x != 0 else 0.0
        e = ilogb(x) if x != 0 else 0
    return a, b, e, copysign(1.0, x)


def divisions(long long a, long long b):
    if b == 0:
        raise ZeroDivisionError("division by zero")
    cdef lldiv_t r = lldiv(a, b)
    cdef ldiv_t r2 = ldiv(<long>a, <long>b)
    return r.quot, r.rem, r2.quot, r2.rem


def constants():
    return RAND_MAX > 0, EXIT_FAILURE


def spans(bytes s, bytes accept):
    cdef const char* p = s
    cdef const char* a = accept
    cdef const char* hit = strpbrk(p, a)
    return strspn(p, a), strcspn(p, a), (hit - p) if hit != NULL else -1


def verbatim(int v, int lo, int hi):
    cdef ck_size s = ck_make_size(v, hi)
    return ck_clamp_int(v, lo, hi), CK_SQUARE(v), s.w * 100 + s.h
