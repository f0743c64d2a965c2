# cython: language_level=3
"""numpy's C typedefs from ``cimport numpy`` (int8_t ... uint64_t,
float32_t/float64_t, intp_t, npy_intp, npy_bool) in memoryview element
types, locals and casts, the way scikit-learn declares DTYPE_t/ITYPE_t
and SIZE_t; with dtype-mismatch errors naming the declared type."""
import numpy as np
cimport numpy as cnp

cnp.import_array()

ctypedef cnp.float64_t DTYPE_t
ctypedef cnp.intp_t SIZE_t
ctypedef cnp.int32_t INT32_t
ctypedef cnp.uint8_t BOOL_t


def weighted_sum(const DTYPE_t[:] x, const cnp.float32_t[:] w):
    cdef SIZE_t i
    cdef DTYPE_t s = 0
    for i in range(x.shape[0]):
        s += x[i] * w[i]
    return s


def count_mask(const BOOL_t[:] m):
    cdef SIZE_t i, n = 0
    for i in range(m.shape[0]):
        n += m[i] != 0
    return n


def widths(const cnp.int8_t[:] a, const cnp.int16_t[:] b, const cnp.uint32_t[:] c, const cnp.int64_t[:] d,
           const cnp.uint64_t[:] e):
    cdef cnp.int64_t s = 0
    cdef cnp.uint64_t u = 0
    cdef SIZE_t i
    for i in range(a.shape[0]):
        s += a[i]
    for i in range(b.shape[0]):
        s += b[i]
    for i in range(c.shape[0]):
        s += c[i]
    for i in range(d.shape[0]):
        s += d[i]
    for i in range(e.shape[0]):
        u += e[i]
    return s, u


def npy_intp_index(const INT32_t[:] a, cnp.npy_intp k):
    return a[k]


def sizes():
    return (sizeof(DTYPE_t), sizeof(SIZE_t), sizeof(INT32_t), sizeof(BOOL_t), sizeof(cnp.npy_intp),
            sizeof(cnp.float32_t), sizeof(cnp.int16_t))


def cast_chain(double x):
    cdef cnp.int32_t a = <cnp.int32_t>x
    cdef cnp.uint8_t b = <cnp.uint8_t>a
    cdef cnp.float32_t c = <cnp.float32_t>x
    return a, b, c


def float64_views(DTYPE_t[:, ::1] out, const DTYPE_t[:, :] a):
    cdef SIZE_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            out[i, j] = a[i, j] * 2
    return np.asarray(out).tolist()
