# C structs declared in the module, struct literals and dict conversions,
# pointer arithmetic and differences, C arrays from list literals, char
# values and pointers into bytes objects.

cdef struct Point:
    double x
    double y

ctypedef struct Rect:
    Point lo
    Point hi
    int tag

cdef union Bits:
    double d
    long long i

def literal(double a, double b):
    cdef Point p = Point(a, b)
    cdef Point q = Point(y=a, x=b)
    return p.x - q.x, p.y - q.y, p, q

def nested(int tag):
    cdef Rect r
    r.lo = Point(0.0, -1.0)
    r.hi = Point(3.0, 4.0)
    r.tag = tag
    cdef Rect *rp = &r
    rp.tag += 1
    rp.hi.x = 5.0
    return r

def from_dict(Point p, Rect r):
    return p.x * 10 + p.y, r.hi.y, r.tag

def union_bits(double d):
    cdef Bits b
    b.d = d
    return b.i != 0

def ptr_diff(int n):
    cdef double[8] buf = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]
    cdef double *p = buf
    cdef double *end = p + n
    cdef double *mid = 2 + p
    return end - p, p - end, end - mid, [p[i] for i in range(n)]

def chars(bytes b):
    cdef char c = b'A'
    cdef unsigned char u = b'\xff'
    cdef const char *s = b
    cdef bytes back = s
    return c, u, back, s[0]
