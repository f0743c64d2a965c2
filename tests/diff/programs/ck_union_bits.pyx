# cython: language_level=3
"""Type punning through a ``cdef union`` (float <-> integer bits), the
classic fast inverse square root, IEEE-754 field extraction, float32 ULP
distance and a half-precision (binary16) encoder/decoder."""
from libc.stdint cimport uint16_t, uint32_t, uint64_t, int32_t, int64_t
from libc.string cimport memcpy

cdef union F32:
    float f
    uint32_t u

cdef union F64:
    double d
    uint64_t u


def float_bits(float x):
    cdef F32 v
    v.f = x
    return v.u, v.u >> 31, (v.u >> 23) & 0xFF, v.u & 0x7FFFFF


def double_bits(double x):
    cdef F64 v
    v.d = x
    return hex(v.u)


def from_bits(uint32_t u):
    cdef F32 v
    v.u = u
    return v.f


def fast_inv_sqrt(float x):
    cdef F32 v
    v.f = x
    v.u = 0x5f3759df - (v.u >> 1)
    cdef float y = v.f
    y = y * (1.5 - 0.5 * x * y * y)
    return y


def ulp_distance(float a, float b):
    cdef int32_t ia, ib
    memcpy(&ia, &a, 4)
    memcpy(&ib, &b, 4)
    if ia < 0:
        ia = <int32_t>0x80000000 - ia
    if ib < 0:
        ib = <int32_t>0x80000000 - ib
    return abs(<int64_t>ia - ib)


def to_half(float x):
    cdef F32 v
    v.f = x
    cdef uint32_t sign = (v.u >> 16) & 0x8000
    cdef int32_t exp = <int32_t>((v.u >> 23) & 0xFF) - 127 + 15
    cdef uint32_t mant = v.u & 0x7FFFFF
    if ((v.u >> 23) & 0xFF) == 0xFF:
        return <uint16_t>(sign | 0x7C00 | (0x200 if mant else 0))
    if exp >= 31:
        return <uint16_t>(sign | 0x7C00)
    if exp <= 0:
        if exp < -10:
            return <uint16_t>sign
        mant = (mant | 0x800000) >> (1 - exp)
        return <uint16_t>(sign | ((mant + 0x1000) >> 13))
    return <uint16_t>(sign | (<uint32_t>exp << 10) | ((mant + 0x1000) >> 13))


def sizes():
    return sizeof(F32), sizeof(F64)
