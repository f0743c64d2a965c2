# cython: language_level=3
"""Fixed-point arithmetic as in audio/DSP and quantised-inference code:
Q16.16 and Q1.15 multiply/divide with rounding, saturating int16 add,
rounding right shifts, int8 quantisation of float32 views with a scale and
zero point, and a ctypedef'd fixed type carried through cdef inline helpers."""
import numpy as np
from libc.stdint cimport int8_t, int16_t, int32_t, int64_t, uint8_t
from libc.math cimport lrint, round as c_round, floor

ctypedef int32_t q16_t
ctypedef int16_t q15_t

DEF_ONE = 65536

cdef inline q16_t q16_from_double(double x) noexcept nogil:
    return <q16_t>lrint(x * 65536.0)


cdef inline double q16_to_double(q16_t x) noexcept nogil:
    return x / 65536.0


cdef inline q16_t q16_mul(q16_t a, q16_t b) noexcept nogil:
    cdef int64_t p = <int64_t>a * b
    return <q16_t>((p + (1 << 15)) >> 16)


cdef q16_t q16_div(q16_t a, q16_t b) except? -1:
    if b == 0:
        raise ZeroDivisionError("fixed-point division by zero")
    return <q16_t>((<int64_t>a << 16) // b)


cdef inline int16_t sat16(int32_t v) noexcept nogil:
    if v > 32767:
        return 32767
    if v < -32768:
        return -32768
    return <int16_t>v


def q16_roundtrip(double x):
    cdef q16_t q = q16_from_double(x)
    return q, q16_to_double(q)


def q16_ops(double a, double b):
    cdef q16_t qa = q16_from_double(a), qb = q16_from_double(b)
    return q16_to_double(q16_mul(qa, qb)), q16_to_double(q16_div(qa, qb))


def q15_mul_array(const int16_t[:] a, const int16_t[:] b):
    cdef Py_ssize_t i
    cdef int16_t[::1] out = np.empty(a.shape[0], dtype=np.int16)
    for i in range(a.shape[0]):
        out[i] = sat16((<int32_t>a[i] * b[i] + (1 << 14)) >> 15)
    return np.asarray(out)


def sat_add16(const int16_t[:] a, const int16_t[:] b):
    cdef Py_ssize_t i
    return [sat16(<int32_t>a[i] + b[i]) for i in range(a.shape[0])]


def rshift_round(int64_t x, int k):
    if k <= 0:
        return x
    return (x + (<int64_t>1 << (k - 1))) >> k


def quantize(const float[:] x, float scale, int zero_point):
    cdef Py_ssize_t i
    cdef long q
    cdef int8_t[::1] out = np.empty(x.shape[0], dtype=np.int8)
    if scale <= 0:
        raise ValueError("scale must be positive")
    for i in range(x.shape[0]):
        q = lrint(x[i] / scale) + zero_point
        if q > 127:
            q = 127
        elif q < -128:
            q = -128
        out[i] = <int8_t>q
    return np.asarray(out)


def dequantize(const int8_t[:] q, float scale, int zero_point):
    cdef Py_ssize_t i
    cdef float[::1] out = np.empty(q.shape[0], dtype=np.float32)
    for i in range(q.shape[0]):
        out[i] = (q[i] - zero_point) * scale
    return np.asarray(out)


def fir_q15(const int16_t[:] x, const int16_t[:] taps):
    """Q15 FIR filter with a 64-bit accumulator and a saturated output."""
    cdef Py_ssize_t n, k
    cdef int64_t acc
    cdef list out = []
    for n in range(x.shape[0]):
        acc = 0
        for k in range(taps.shape[0]):
            if n - k >= 0:
                acc += <int64_t>x[n - k] * taps[k]
        out.append(sat16(<int32_t>((acc + (1 << 14)) >> 15)))
    return out


def u8_blend(const uint8_t[:] a, const uint8_t[:] b, uint8_t alpha):
    """(a*alpha + b*(255-alpha) + 127) / 255 in integer arithmetic."""
    cdef Py_ssize_t i
    out = bytearray(a.shape[0])
    for i in range(a.shape[0]):
        out[i] = (a[i] * alpha + b[i] * (255 - alpha) + 127) // 255
    return bytes(out)


def round_modes(double x):
    return lrint(x), c_round(x), floor(x + 0.5), <long>x
