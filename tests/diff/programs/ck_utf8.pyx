# cython: language_level=3
"""Byte-level text processing as in fast CSV/JSON readers: UTF-8 validation
and code-point counting over ``const unsigned char[:]``, ASCII case folding
in a bytearray in place, hex encoding/decoding through a lookup table,
decoding ``char*`` slices with ``.decode()``, and escaping control bytes."""
from libc.stdint cimport uint32_t


cdef const char* HEX = b"0123456789abcdef"


cdef int _seq_len(unsigned char c) noexcept nogil:
    if c < 0x80:
        return 1
    if c >> 5 == 0x6:
        return 2
    if c >> 4 == 0xE:
        return 3
    if c >> 3 == 0x1E:
        return 4
    return -1


def utf8_validate(const unsigned char[:] s):
    """(valid, code points, offset of the first error or -1)."""
    cdef Py_ssize_t i = 0, n = s.shape[0], count = 0
    cdef int k, j
    cdef uint32_t cp
    while i < n:
        k = _seq_len(s[i])
        if k < 0 or i + k > n:
            return False, count, i
        cp = s[i] if k == 1 else s[i] & (0x7F >> k)
        for j in range(1, k):
            if s[i + j] >> 6 != 0x2:
                return False, count, i
            cp = (cp << 6) | (s[i + j] & 0x3F)
        if (k == 2 and cp < 0x80) or (k == 3 and cp < 0x800) or (k == 4 and (cp < 0x10000 or cp > 0x10FFFF)):
            return False, count, i
        if 0xD800 <= cp <= 0xDFFF:
            return False, count, i
        count += 1
        i += k
    return True, count, -1


def ascii_lower_inplace(unsigned char[:] b):
    cdef Py_ssize_t i, changed = 0
    for i in range(b.shape[0]):
        if 65 <= b[i] <= 90:
            b[i] += 32
            changed += 1
    return changed


def hex_encode(const unsigned char[:] data):
    cdef Py_ssize_t i
    out = bytearray(2 * data.shape[0])
    cdef unsigned char[:] o = out
    for i in range(data.shape[0]):
        o[2 * i] = HEX[data[i] >> 4]
        o[2 * i + 1] = HEX[data[i] & 15]
    return bytes(out)


cdef inline int _hexval(unsigned char c) noexcept:
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def hex_decode(bytes text):
    cdef const unsigned char* p = text
    cdef Py_ssize_t n = len(text), i
    cdef int hi, lo
    if n % 2:
        raise ValueError("odd-length string")
    out = bytearray(n // 2)
    for i in range(0, n, 2):
        hi = _hexval(p[i])
        lo = _hexval(p[i + 1])
        if hi < 0 or lo < 0:
            raise ValueError("non-hexadecimal digit found at %d" % (i if hi < 0 else i + 1))
        out[i // 2] = (hi << 4) | lo
    return bytes(out)


def decode_fields(bytes line, char sep):
    cdef const char* p = line
    cdef Py_ssize_t n = len(line), i, start = 0
    out = []
    for i in range(n + 1):
        if i == n or p[i] == sep:
            out.append(p[start:i].decode("utf-8", "replace"))
            start = i + 1
    return out


def escape_controls(bytes data):
    cdef const unsigned char* p = data
    cdef Py_ssize_t i
    cdef bytearray out = bytearray()
    for i in range(len(data)):
        if p[i] < 32 or p[i] == 127:
            out += b"\\x"
            out.append(HEX[p[i] >> 4])
            out.append(HEX[p[i] & 15])
        else:
            out.append(p[i])
    return bytes(out)


def count_newlines_str(str s):
    cdef bytes b = s.encode("utf-8")
    cdef const char* p = b
    cdef Py_ssize_t i, n = 0
    for i in range(len(b)):
        if p[i] == 10:
            n += 1
    return n, len(b)
