# cython: language_level=3
"""``cdef packed struct``: no padding, matching a numpy record dtype with an
odd-sized field (align=False)."""
import numpy as np
from libc.stdint cimport int8_t, int32_t

cdef packed struct Rec:
    int8_t tag
    int32_t value
    double w


def sizes():
    return sizeof(Rec)


def tag_sum(Rec[:] recs):
    cdef long s = 0
    cdef Py_ssize_t i
    for i in range(recs.shape[0]):
        s += recs[i].tag * recs[i].value
    return s


def local_struct(int8_t t, int32_t v):
    cdef Rec r
    r.tag = t
    r.value = v
    r.w = 0.5
    return r.tag + r.value + r.w
