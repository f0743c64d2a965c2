# An untyped local assigned a single struct type is that struct.
# expect tir: local p#1 : Point
cdef struct Point:
    double x
    double y

def f(double a):
    p = Point(a, a)
    return p.x + p.y
