"""Memoryviews of 1 to 7 dimensions (Cython 3.3.1 rejects 8: "More dimensions than
the maximum number of buffer dimensions were used") in every layout: generic, C- and Fortran-contiguous."""
import numpy as np


def sum1g(double[:] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0
    for i0 in range(a.shape[0]):
        total += a[i0] * (i0 * 1 + 1)
    return total, a.ndim, a.size, (a.shape[0],)


def sum1c(double[::1] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0
    for i0 in range(a.shape[0]):
        total += a[i0] * (i0 * 1 + 1)
    return total, a.ndim, a.size, (a.shape[0],)


def corner1(double[:] a):
    a[0] = -1.0
    return a[-1], a[0]


def const1(const double[:] a):
    return a[0] + a[-1], a.ndim


def copy1(double[:] a):
    cdef double[::1] b = a.copy()
    b[0] = 123.0
    return np.asarray(b), np.asarray(b.T).shape


def fill1(double[:] a, double v):
    a[...] = v
    return np.asarray(a).sum()


def sum2g(double[:, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            total += a[i0, i1] * (i0 * 1 + i1 * 2 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1],)


def sum2c(double[:, ::1] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            total += a[i0, i1] * (i0 * 1 + i1 * 2 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1],)


def sum2f(double[::1, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            total += a[i0, i1] * (i0 * 1 + i1 * 2 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1],)


def corner2(double[:, :] a):
    a[0, 0] = -1.0
    return a[-1, -1], a[0, 0]


def const2(const double[:, :] a):
    return a[0, 0] + a[-1, -1], a.ndim


def copy2(double[:, :] a):
    cdef double[:, ::1] b = a.copy()
    b[0, 0] = 123.0
    return np.asarray(b), np.asarray(b.T).shape


def fill2(double[:, :] a, double v):
    a[...] = v
    return np.asarray(a).sum()


def sum3g(double[:, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                total += a[i0, i1, i2] * (i0 * 1 + i1 * 2 + i2 * 3 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2],)


def sum3c(double[:, :, ::1] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                total += a[i0, i1, i2] * (i0 * 1 + i1 * 2 + i2 * 3 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2],)


def sum3f(double[::1, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                total += a[i0, i1, i2] * (i0 * 1 + i1 * 2 + i2 * 3 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2],)


def corner3(double[:, :, :] a):
    a[0, 0, 0] = -1.0
    return a[-1, -1, -1], a[0, 0, 0]


def const3(const double[:, :, :] a):
    return a[0, 0, 0] + a[-1, -1, -1], a.ndim


def copy3(double[:, :, :] a):
    cdef double[:, :, ::1] b = a.copy()
    b[0, 0, 0] = 123.0
    return np.asarray(b), np.asarray(b.T).shape


def fill3(double[:, :, :] a, double v):
    a[...] = v
    return np.asarray(a).sum()


def sum4g(double[:, :, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    total += a[i0, i1, i2, i3] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3],)


def sum4c(double[:, :, :, ::1] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    total += a[i0, i1, i2, i3] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3],)


def sum4f(double[::1, :, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    total += a[i0, i1, i2, i3] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3],)


def corner4(double[:, :, :, :] a):
    a[0, 0, 0, 0] = -1.0
    return a[-1, -1, -1, -1], a[0, 0, 0, 0]


def const4(const double[:, :, :, :] a):
    return a[0, 0, 0, 0] + a[-1, -1, -1, -1], a.ndim


def copy4(double[:, :, :, :] a):
    cdef double[:, :, :, ::1] b = a.copy()
    b[0, 0, 0, 0] = 123.0
    return np.asarray(b), np.asarray(b.T).shape


def fill4(double[:, :, :, :] a, double v):
    a[...] = v
    return np.asarray(a).sum()


def sum5g(double[:, :, :, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3, i4
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        total += a[i0, i1, i2, i3, i4] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + i4 * 5 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4],)


def sum5c(double[:, :, :, :, ::1] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3, i4
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        total += a[i0, i1, i2, i3, i4] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + i4 * 5 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4],)


def sum5f(double[::1, :, :, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3, i4
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        total += a[i0, i1, i2, i3, i4] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + i4 * 5 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4],)


def corner5(double[:, :, :, :, :] a):
    a[0, 0, 0, 0, 0] = -1.0
    return a[-1, -1, -1, -1, -1], a[0, 0, 0, 0, 0]


def const5(const double[:, :, :, :, :] a):
    return a[0, 0, 0, 0, 0] + a[-1, -1, -1, -1, -1], a.ndim


def copy5(double[:, :, :, :, :] a):
    cdef double[:, :, :, :, ::1] b = a.copy()
    b[0, 0, 0, 0, 0] = 123.0
    return np.asarray(b), np.asarray(b.T).shape


def fill5(double[:, :, :, :, :] a, double v):
    a[...] = v
    return np.asarray(a).sum()


def sum6g(double[:, :, :, :, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3, i4, i5
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        for i5 in range(a.shape[5]):
                            total += a[i0, i1, i2, i3, i4, i5] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + i4 * 5 + i5 * 6 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4], a.shape[5],)


def sum6c(double[:, :, :, :, :, ::1] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3, i4, i5
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        for i5 in range(a.shape[5]):
                            total += a[i0, i1, i2, i3, i4, i5] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + i4 * 5 + i5 * 6 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4], a.shape[5],)


def sum6f(double[::1, :, :, :, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3, i4, i5
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        for i5 in range(a.shape[5]):
                            total += a[i0, i1, i2, i3, i4, i5] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + i4 * 5 + i5 * 6 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4], a.shape[5],)


def corner6(double[:, :, :, :, :, :] a):
    a[0, 0, 0, 0, 0, 0] = -1.0
    return a[-1, -1, -1, -1, -1, -1], a[0, 0, 0, 0, 0, 0]


def const6(const double[:, :, :, :, :, :] a):
    return a[0, 0, 0, 0, 0, 0] + a[-1, -1, -1, -1, -1, -1], a.ndim


def copy6(double[:, :, :, :, :, :] a):
    cdef double[:, :, :, :, :, ::1] b = a.copy()
    b[0, 0, 0, 0, 0, 0] = 123.0
    return np.asarray(b), np.asarray(b.T).shape


def fill6(double[:, :, :, :, :, :] a, double v):
    a[...] = v
    return np.asarray(a).sum()


def sum7g(double[:, :, :, :, :, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3, i4, i5, i6
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        for i5 in range(a.shape[5]):
                            for i6 in range(a.shape[6]):
                                total += a[i0, i1, i2, i3, i4, i5, i6] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + i4 * 5 + i5 * 6 + i6 * 7 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4], a.shape[5], a.shape[6],)


def sum7c(double[:, :, :, :, :, :, ::1] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3, i4, i5, i6
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        for i5 in range(a.shape[5]):
                            for i6 in range(a.shape[6]):
                                total += a[i0, i1, i2, i3, i4, i5, i6] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + i4 * 5 + i5 * 6 + i6 * 7 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4], a.shape[5], a.shape[6],)


def sum7f(double[::1, :, :, :, :, :, :] a):
    cdef double total = 0.0
    cdef Py_ssize_t i0, i1, i2, i3, i4, i5, i6
    for i0 in range(a.shape[0]):
        for i1 in range(a.shape[1]):
            for i2 in range(a.shape[2]):
                for i3 in range(a.shape[3]):
                    for i4 in range(a.shape[4]):
                        for i5 in range(a.shape[5]):
                            for i6 in range(a.shape[6]):
                                total += a[i0, i1, i2, i3, i4, i5, i6] * (i0 * 1 + i1 * 2 + i2 * 3 + i3 * 4 + i4 * 5 + i5 * 6 + i6 * 7 + 1)
    return total, a.ndim, a.size, (a.shape[0], a.shape[1], a.shape[2], a.shape[3], a.shape[4], a.shape[5], a.shape[6],)


def corner7(double[:, :, :, :, :, :, :] a):
    a[0, 0, 0, 0, 0, 0, 0] = -1.0
    return a[-1, -1, -1, -1, -1, -1, -1], a[0, 0, 0, 0, 0, 0, 0]


def const7(const double[:, :, :, :, :, :, :] a):
    return a[0, 0, 0, 0, 0, 0, 0] + a[-1, -1, -1, -1, -1, -1, -1], a.ndim


def copy7(double[:, :, :, :, :, :, :] a):
    cdef double[:, :, :, :, :, :, ::1] b = a.copy()
    b[0, 0, 0, 0, 0, 0, 0] = 123.0
    return np.asarray(b), np.asarray(b.T).shape


def fill7(double[:, :, :, :, :, :, :] a, double v):
    a[...] = v
    return np.asarray(a).sum()


def int_views(int[:, :, :] a, long long[:, ::1] b, unsigned char[::1, :] c):
    return a[1, 1, 1] + b[1, 1] + c[1, 1]
