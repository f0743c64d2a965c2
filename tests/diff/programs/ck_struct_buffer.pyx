# cython: language_level=3
"""Memoryviews over numpy structured arrays through a matching ``cdef
struct`` (the astropy/pandas way to read records in C): field access,
in-place updates, sizeof/itemsize agreement, and dtype mismatches."""
import numpy as np
from libc.stdint cimport int32_t, int64_t

cdef struct Star:
    double ra
    double dec
    float mag
    int32_t flags

cdef struct Pt:
    double x
    double y


def brightest(Star[:] stars):
    cdef Py_ssize_t i, best = -1
    cdef float m = 1e30
    for i in range(stars.shape[0]):
        if stars[i].flags == 0 and stars[i].mag < m:
            m = stars[i].mag
            best = i
    return best, m


def shift_ra(Star[:] stars, double d):
    cdef Py_ssize_t i
    for i in range(stars.shape[0]):
        stars[i].ra = (stars[i].ra + d) % 360.0
    return sizeof(Star), stars.itemsize


def centroid(const Pt[:] pts):
    cdef double sx = 0, sy = 0
    cdef Py_ssize_t i
    cdef Pt p
    for i in range(pts.shape[0]):
        p = pts[i]
        sx += p.x
        sy += p.y
    if pts.shape[0] == 0:
        return None
    return sx / pts.shape[0], sy / pts.shape[0]


def as_dict(Pt[:] pts, Py_ssize_t i):
    return pts[i]
