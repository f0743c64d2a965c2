# cython: language_level=3
"""3-D volume kernels (medical imaging / microscopy stacks): axis sums and
maximum-intensity projections of (Z, Y, X) views, a 3x3x3 box filter with
edge clamping, trilinear sampling, central-difference gradients, and
thresholded voxel counting on uint16 data."""
import numpy as np
cimport cython
from libc.math cimport floor
from libc.stdint cimport uint16_t


cdef inline Py_ssize_t _cl(Py_ssize_t i, Py_ssize_t n) noexcept nogil:
    return 0 if i < 0 else (n - 1 if i >= n else i)


def axis_sums(const float[:, :, :] v):
    cdef Py_ssize_t z, y, x
    cdef double[::1] sz = np.zeros(v.shape[0]), sy = np.zeros(v.shape[1]), sx = np.zeros(v.shape[2])
    for z in range(v.shape[0]):
        for y in range(v.shape[1]):
            for x in range(v.shape[2]):
                sz[z] += v[z, y, x]
                sy[y] += v[z, y, x]
                sx[x] += v[z, y, x]
    return np.asarray(sz), np.asarray(sy), np.asarray(sx)


def mip(const uint16_t[:, :, :] v, int axis=0):
    cdef Py_ssize_t z, y, x
    if axis != 0 and axis != 2:
        raise ValueError("axis must be 0 or 2")
    cdef uint16_t[:, ::1] out = np.zeros((v.shape[1], v.shape[2]) if axis == 0 else (v.shape[0], v.shape[1]),
                                         dtype=np.uint16)
    for z in range(v.shape[0]):
        for y in range(v.shape[1]):
            for x in range(v.shape[2]):
                if axis == 0:
                    if v[z, y, x] > out[y, x]:
                        out[y, x] = v[z, y, x]
                elif v[z, y, x] > out[z, y]:
                    out[z, y] = v[z, y, x]
    return np.asarray(out)


@cython.boundscheck(False)
@cython.wraparound(False)
def box3(const double[:, :, ::1] v):
    cdef Py_ssize_t Z = v.shape[0], Y = v.shape[1], X = v.shape[2], z, y, x, a, b, c
    cdef double[:, :, ::1] o = np.empty((Z, Y, X))
    cdef double s
    with nogil:
        for z in range(Z):
            for y in range(Y):
                for x in range(X):
                    s = 0
                    for a in range(-1, 2):
                        for b in range(-1, 2):
                            for c in range(-1, 2):
                                s = s + v[_cl(z + a, Z), _cl(y + b, Y), _cl(x + c, X)]
                    o[z, y, x] = s / 27.0
    return np.asarray(o)


def trilinear(const double[:, :, :] v, double z, double y, double x):
    cdef Py_ssize_t Z = v.shape[0], Y = v.shape[1], X = v.shape[2]
    if not (0 <= z <= Z - 1 and 0 <= y <= Y - 1 and 0 <= x <= X - 1):
        raise ValueError("point (%g, %g, %g) outside the volume" % (z, y, x))
    cdef Py_ssize_t z0 = <Py_ssize_t>floor(z), y0 = <Py_ssize_t>floor(y), x0 = <Py_ssize_t>floor(x)
    cdef Py_ssize_t z1 = min(z0 + 1, Z - 1), y1 = min(y0 + 1, Y - 1), x1 = min(x0 + 1, X - 1)
    cdef double dz = z - z0, dy = y - y0, dx = x - x0
    cdef double c00 = v[z0, y0, x0] * (1 - dx) + v[z0, y0, x1] * dx
    cdef double c01 = v[z0, y1, x0] * (1 - dx) + v[z0, y1, x1] * dx
    cdef double c10 = v[z1, y0, x0] * (1 - dx) + v[z1, y0, x1] * dx
    cdef double c11 = v[z1, y1, x0] * (1 - dx) + v[z1, y1, x1] * dx
    return (c00 * (1 - dy) + c01 * dy) * (1 - dz) + (c10 * (1 - dy) + c11 * dy) * dz


def gradient_mag2(const double[:, :, :] v):
    cdef Py_ssize_t Z = v.shape[0], Y = v.shape[1], X = v.shape[2], z, y, x
    cdef double[:, :, ::1] g = np.zeros((Z, Y, X))
    cdef double gz, gy, gx
    for z in range(1, Z - 1):
        for y in range(1, Y - 1):
            for x in range(1, X - 1):
                gz = (v[z + 1, y, x] - v[z - 1, y, x]) / 2
                gy = (v[z, y + 1, x] - v[z, y - 1, x]) / 2
                gx = (v[z, y, x + 1] - v[z, y, x - 1]) / 2
                g[z, y, x] = gz * gz + gy * gy + gx * gx
    return np.asarray(g)


def count_above(const uint16_t[:, :, :] v, uint16_t t):
    cdef Py_ssize_t z, y, x
    cdef long n = 0
    for z in range(v.shape[0]):
        for y in range(v.shape[1]):
            for x in range(v.shape[2]):
                n += v[z, y, x] > t
    return n
