"""Typed memoryviews: element access, bounds, dtypes, buffer exporters,
const views, attributes, copies, np.asarray round trips."""
import numpy as np
from array import array


def mv_sum(double[:] a):
    cdef double total = 0.0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        total += a[i]
    return total


def mv_sum_contig(double[::1] a):
    cdef double total = 0.0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        total += a[i]
    return total


def mv_get(double[:] a, Py_ssize_t i):
    return a[i]


def mv_set(double[:] a, Py_ssize_t i, double v):
    a[i] = v


def mv_int_sum(int[:] a):
    cdef long total = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        total += a[i]
    return total


def mv_long_sum(long long[:] a):
    cdef long long total = 0
    for i in range(a.shape[0]):
        total += a[i]
    return total


def mv_float32(float[:] a):
    cdef float total = 0
    for i in range(a.shape[0]):
        total += a[i]
    return total


def mv_uchar(unsigned char[:] a):
    cdef int total = 0
    for i in range(a.shape[0]):
        total += a[i]
    return total


def mv_char_write(unsigned char[:] a):
    for i in range(a.shape[0]):
        a[i] = (a[i] + 1) % 256
    return a.shape[0]


def mv_const_sum(const double[:] a):
    cdef double total = 0.0
    for i in range(a.shape[0]):
        total += a[i]
    return total


def mv_const_bytes(const unsigned char[:] a):
    return [a[i] for i in range(a.shape[0])]


def mv_attrs(double[:] a):
    return a.shape[0], a.strides[0], a.ndim, a.size, a.nbytes, a.itemsize


def mv_attrs_2d(double[:, :] a):
    return (a.shape[0], a.shape[1]), (a.strides[0], a.strides[1]), a.ndim, a.size


def mv_shape_tuple(double[:, :] a):
    return a.shape


def mv_copy(double[:] a):
    cdef double[::1] b = a.copy()
    b[0] = -1.0
    return np.asarray(b), a[0]


def mv_copy_fortran(double[:, :] a):
    cdef double[::1, :] f = a.copy_fortran()
    return np.asarray(f).flags["F_CONTIGUOUS"], np.asarray(f).tolist()


def mv_asarray_no_copy(double[:] a):
    arr = np.asarray(a)
    arr[0] = 42.0
    return a[0], arr.dtype.str, arr.shape


def mv_roundtrip_shares(a):
    cdef double[:] v = a
    return np.shares_memory(np.asarray(v), a)


def mv_fill(double[:] a, double v):
    a[:] = v
    return np.asarray(a).tolist()


def mv_ellipsis_zero(double[:, :] a):
    a[...] = 0
    return np.asarray(a).sum()


def mv_assign_view(double[:] dst, double[:] src):
    dst[:] = src
    return np.asarray(dst).tolist()


def mv_negative_index(double[:] a):
    return a[-1], a[-a.shape[0]]


def mv_none(double[:] a):
    return a is None


def mv_none_not_allowed(double[:] a not None):
    return a.shape[0]


def mv_array_array(array_obj):
    cdef double[:] v = array_obj
    v[0] = 100.0
    return v.shape[0], array_obj[0]


def mv_int_array(int[:] v):
    v[0] += 1
    return v[0]


def mv_bytearray(unsigned char[:] v):
    v[0] = 65
    return v.shape[0]


def mv_bytes_const(const unsigned char[:] v):
    return sum([v[i] for i in range(v.shape[0])])


def mv_local_from_numpy(int n):
    cdef double[::1] v = np.arange(n, dtype=np.float64)
    cdef Py_ssize_t i
    for i in range(n):
        v[i] = v[i] * v[i]
    return np.asarray(v)


def mv_return_view(double[:] a):
    return a


cdef double[:] cdef_returns_view(double[:] a):
    return a[1:]


def mv_cdef_return(double[:] a):
    cdef double[:] b = cdef_returns_view(a)
    return b.shape[0], b[0]


cdef double cdef_takes_view(double[:] a, Py_ssize_t i):
    return a[i] * 2


def mv_as_cdef_arg(double[:] a, Py_ssize_t i):
    return cdef_takes_view(a, i)


def mv_memoryview_obj(double[:] a):
    m = memoryview(np.asarray(a))
    return m.format, m.itemsize, m.shape


def mv_bint_view(unsigned char[:] flags):
    count = 0
    for i in range(flags.shape[0]):
        if flags[i]:
            count += 1
    return count


def mv_uninitialized():
    cdef double[:] v
    return v[0]


def mv_in_nogil(double[:] a):
    cdef double total = 0
    cdef Py_ssize_t i
    with nogil:
        for i in range(a.shape[0]):
            total += a[i] * 2
    return total
