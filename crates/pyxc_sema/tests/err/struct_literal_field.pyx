cdef struct Point:
    double x
    double y

def f():
    cdef Point p = Point(1.0, z=2.0)
    return p.x
