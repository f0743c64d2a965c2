# cython: language_level=3
"""Where typed memoryviews come from: numpy arrays, array.array, bytes and
bytearray, Python memoryview objects (casts and slices), cython-created
views returned from cdef functions, and np.asarray round trips whose
writes are visible in the original object."""
import array
import numpy as np


cdef double[::1] make_ramp(Py_ssize_t n, double step):
    cdef double[::1] out = np.empty(n)
    cdef Py_ssize_t i
    for i in range(n):
        out[i] = i * step
    return out


cdef long[:] evens(long[:] a):
    return a[::2]


def ramp(Py_ssize_t n, double step=1.0):
    return np.asarray(make_ramp(n, step))


def evens_sum(long[:] a):
    cdef long[:] e = evens(a)
    cdef long s = 0
    cdef Py_ssize_t i
    for i in range(e.shape[0]):
        s += e[i]
        e[i] = -e[i]
    return s


def array_array_double(double[:] a):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        a[i] = a[i] * 2 + 1
    return a.shape[0]


def array_array_int(int[:] a):
    cdef Py_ssize_t i
    cdef long s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


def bytearray_upper(unsigned char[:] b):
    cdef Py_ssize_t i
    for i in range(b.shape[0]):
        if 97 <= b[i] <= 122:
            b[i] -= 32
    return b.shape[0]


def pymemoryview_cast(const unsigned int[:] a):
    cdef Py_ssize_t i
    cdef unsigned long s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s, a.shape[0]


def roundtrip_asarray(double[:, :] a):
    arr = np.asarray(a)
    arr[0, 0] = 99.0
    return a[0, 0], arr.shape, arr.base is not None


def new_view_from_list(list values):
    cdef double[:] v = np.array(values, dtype=np.float64)
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s


def float32_from_array(float[:] f):
    cdef float s = 0
    cdef Py_ssize_t i
    for i in range(f.shape[0]):
        s += f[i]
    return s


def view_of_view(double[:] a):
    cdef double[:] b = a[1:]
    cdef double[:] c = b[1:]
    c[0] = -7.0
    return a[2], b.shape[0], c.shape[0]
