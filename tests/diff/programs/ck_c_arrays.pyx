# cython: language_level=3
"""Fixed-size C arrays as locals, struct fields and module globals:
1-D and 2-D arrays, look-up tables, sizeof of an array, arrays passed to
cdef functions as pointers, and conversions of whole arrays to lists."""
from libc.string cimport memset, memcpy

cdef struct Kernel:
    int size
    double w[5]

cdef int SBOX[16]
cdef bint sbox_ready = False


cdef void _init_sbox() noexcept:
    global sbox_ready
    cdef int i
    for i in range(16):
        SBOX[i] = (i * 7 + 3) % 16
    sbox_ready = True


cdef double _dot(const double* a, const double* b, int n) noexcept:
    cdef double s = 0
    cdef int i
    for i in range(n):
        s += a[i] * b[i]
    return s


def local_1d(int n):
    cdef int a[10]
    cdef int i
    memset(a, 0, sizeof(a))
    for i in range(min(n, 10)):
        a[i] = i * i
    return [a[i] for i in range(10)], sizeof(a) // sizeof(a[0])


def local_2d():
    cdef double m[3][4]
    cdef int i, j
    for i in range(3):
        for j in range(4):
            m[i][j] = i * 10 + j
    return [[m[i][j] for j in range(4)] for i in range(3)], sizeof(m)


def struct_with_array(double scale):
    cdef Kernel k
    cdef int i
    k.size = 5
    for i in range(5):
        k.w[i] = (i + 1) * scale
    cdef double ones[5]
    for i in range(5):
        ones[i] = 1.0
    return _dot(k.w, ones, k.size), k.w[4]


def sbox_apply(bytes data):
    if not sbox_ready:
        _init_sbox()
    cdef const unsigned char* p = data
    cdef Py_ssize_t i
    out = bytearray(len(data))
    for i in range(len(data)):
        out[i] = (SBOX[p[i] >> 4] << 4) | SBOX[p[i] & 15]
    return bytes(out)


def copy_array(int shift):
    cdef int src[6]
    cdef int dst[6]
    cdef int i
    for i in range(6):
        src[i] = i + 100
        dst[i] = 0
    if shift < 0 or shift > 6:
        raise ValueError("bad shift")
    memcpy(&dst[shift], src, (6 - shift) * sizeof(int))
    return [dst[i] for i in range(6)]
