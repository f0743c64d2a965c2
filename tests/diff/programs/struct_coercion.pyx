# cython: language_level=3
"""Python objects to C structs: a dict (or any mapping) assigned to a struct
variable or passed to a struct argument, the inverse of the struct-to-dict
conversion on return."""

cdef struct Pt:
    double x
    double y

ctypedef struct Rect:
    Pt lo
    Pt hi


def pt_from_mapping(d):
    cdef Pt p = d
    return p.x * 10 + p.y


def pt_argument(Pt p):
    return p.x - p.y, p


def rect_area(Rect r):
    return (r.hi.x - r.lo.x) * (r.hi.y - r.lo.y)


def roundtrip(d):
    cdef Rect r = d
    r.hi.x += 1
    return r
