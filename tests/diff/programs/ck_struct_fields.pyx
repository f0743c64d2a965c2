# cython: language_level=3
"""Struct fields of various C types: char-array names filled with strncpy
(read back as bytes), arrays of doubles, bint flags, unsigned and 64-bit
counters, enums, and struct values passed by value to cdef helpers that
modify their copy. (The whole struct as a dict is ck_gap_struct_array_field.)"""
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


def by_value(double x):
    cdef Record r = make(b"v", x, True)
    cdef double bumped = bump(r)
    return bumped, r.coords[0]


def name_field(bytes name):
    cdef Record r = make(name, 0.0, False)
    return r.name
