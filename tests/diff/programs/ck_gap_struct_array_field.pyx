# cython: language_level=3
"""A struct with array fields (char[8], double[3]) returned to Python: Cython
converts it to a dict, the char array to bytes and the double array to a list."""
from libc.string cimport strncpy, memset
from libc.stdint cimport uint8_t, int64_t, uint64_t

cdef enum Kind:
    KIND_A = 1
    KIND_B = 2

cdef struct Record:
    char name[8]
    double coords[3]
    bint active
    uint8_t level
    int64_t offset
    uint64_t hits
    Kind kind


cdef Record make(bytes name, double x, bint active) noexcept:
    cdef Record r
    memset(&r, 0, sizeof(r))
    strncpy(r.name, name, 7)
    r.coords[0] = x
    r.coords[1] = -x
    r.coords[2] = x * x
    r.active = active
    r.level = 200
    r.offset = -(1 << 40)
    r.hits = 18446744073709551615ULL
    r.kind = KIND_B
    return r


cdef double bump(Record r) noexcept:
    r.coords[0] += 100
    return r.coords[0]


def as_dict(bytes name, double x, bint active):
    return make(name, x, active)
