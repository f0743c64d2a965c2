# A module struct: literal, field read and write, a field through a pointer.
cdef struct Point:
    double x
    double y

cdef double norm1(Point *p):
    return p.x + p.y

def f(double a):
    cdef Point p = Point(a, 2.0)
    p.y = 3.0
    return norm1(&p) + p.x
