# cython: language_level=3
"""Compact integer encodings as in columnar file readers: run-length
encoding of bytes and int32 runs, delta + zigzag transforms of int64
views, LEB128 varints written into a growing bytearray and decoded with
bounds and overflow checks, and bit-packing small values."""
import numpy as np
from libc.stdint cimport int32_t, int64_t, uint64_t, uint8_t


def rle_bytes(const unsigned char[:] data):
    cdef Py_ssize_t i = 0, j, n = data.shape[0]
    runs = []
    while i < n:
        j = i
        while j < n and data[j] == data[i] and j - i < 255:
            j += 1
        runs.append((data[i], j - i))
        i = j
    return runs


def rle_decode(list runs):
    cdef int v, k
    out = bytearray()
    for v, k in runs:
        if k < 0:
            raise ValueError("negative run length %d" % k)
        out += bytes([v]) * k
    return bytes(out)


cdef inline uint64_t zigzag(int64_t v) noexcept nogil:
    return (<uint64_t>v << 1) ^ <uint64_t>(v >> 63)


cdef inline int64_t unzigzag(uint64_t u) noexcept nogil:
    return <int64_t>(u >> 1) ^ -<int64_t>(u & 1)


def delta_zigzag(const int64_t[:] a):
    cdef Py_ssize_t i
    cdef int64_t prev = 0
    cdef uint64_t[::1] out = np.empty(a.shape[0], dtype=np.uint64)
    for i in range(a.shape[0]):
        out[i] = zigzag(a[i] - prev)
        prev = a[i]
    return np.asarray(out)


def undelta_zigzag(const uint64_t[:] u):
    cdef Py_ssize_t i
    cdef int64_t acc = 0
    cdef int64_t[::1] out = np.empty(u.shape[0], dtype=np.int64)
    for i in range(u.shape[0]):
        acc = acc + unzigzag(u[i])
        out[i] = acc
    return np.asarray(out)


def varint_encode(const uint64_t[:] values):
    cdef Py_ssize_t i
    cdef uint64_t v
    cdef bytearray out = bytearray()
    for i in range(values.shape[0]):
        v = values[i]
        while v >= 0x80:
            out.append(<uint8_t>((v & 0x7F) | 0x80))
            v >>= 7
        out.append(<uint8_t>v)
    return bytes(out)


def varint_decode(const unsigned char[:] buf):
    cdef Py_ssize_t i = 0, n = buf.shape[0]
    cdef uint64_t v
    cdef int shift
    out = []
    while i < n:
        v = 0
        shift = 0
        while True:
            if i >= n:
                raise ValueError("truncated varint at offset %d" % i)
            if shift >= 64 or (shift == 63 and buf[i] > 1):
                raise OverflowError("varint too long at offset %d" % i)
            v |= (<uint64_t>(buf[i] & 0x7F)) << shift
            shift += 7
            i += 1
            if not buf[i - 1] & 0x80:
                break
        out.append(v)
    return out


def bitpack(const uint8_t[:] values, int width):
    if not 1 <= width <= 8:
        raise ValueError("width must be in 1..8")
    cdef Py_ssize_t i, bitpos = 0
    cdef int b
    out = bytearray((values.shape[0] * width + 7) // 8)
    for i in range(values.shape[0]):
        if values[i] >> width:
            raise ValueError("value %d does not fit in %d bits" % (values[i], width))
        for b in range(width):
            if (values[i] >> b) & 1:
                out[bitpos >> 3] |= 1 << (bitpos & 7)
            bitpos += 1
    return bytes(out)
