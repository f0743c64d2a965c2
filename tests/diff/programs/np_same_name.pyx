# cython: boundscheck=False, wraparound=False, language_level=3
"""The Cython-tutorial numpy idiom: `import numpy as np` and `cimport numpy
as np` under the same name, module-level dtype objects next to their
ctypedefs, np.ndarray buffer arguments and locals."""
import numpy as np
cimport numpy as np
cimport cython

np.import_array()

DTYPE = np.float64
ctypedef np.float64_t DTYPE_t
ITYPE = np.int64
ctypedef np.int64_t ITYPE_t


def grid(int n, int m):
    cdef np.ndarray[DTYPE_t, ndim=2] x = np.zeros([n, m], dtype=DTYPE)
    cdef Py_ssize_t i, j
    for i in range(n):
        for j in range(m):
            x[i, j] = i * m + j
    return x


def squares(int n):
    cdef np.ndarray[ITYPE_t, ndim=1] out = np.empty(n, dtype=ITYPE)
    cdef Py_ssize_t i
    for i in range(n):
        out[i] = i * i
    return out


def naive_convolve(np.ndarray[DTYPE_t, ndim=2] f, np.ndarray[DTYPE_t, ndim=2] g):
    if g.shape[0] % 2 != 1 or g.shape[1] % 2 != 1:
        raise ValueError("Only odd dimensions on filter supported")
    cdef int vmax = f.shape[0], wmax = f.shape[1]
    cdef int smax = g.shape[0], tmax = g.shape[1]
    cdef int smid = smax // 2, tmid = tmax // 2
    cdef int xmax = vmax + 2 * smid, ymax = wmax + 2 * tmid
    cdef np.ndarray[DTYPE_t, ndim=2] h = np.zeros([xmax, ymax], dtype=DTYPE)
    cdef int x, y, s, t, v, w
    cdef int s_from, s_to, t_from, t_to
    cdef DTYPE_t value
    for x in range(xmax):
        for y in range(ymax):
            s_from = max(smid - x, -smid)
            s_to = min((xmax - x) - smid, smid + 1)
            t_from = max(tmid - y, -tmid)
            t_to = min((ymax - y) - tmid, tmid + 1)
            value = 0
            for s in range(s_from, s_to):
                for t in range(t_from, t_to):
                    v = x - smid + s
                    w = y - tmid + t
                    if 0 <= v < vmax and 0 <= w < wmax:
                        value += g[smid - s, tmid - t] * f[v, w]
            h[x, y] = value
    return h


def uint8_total(np.ndarray[np.uint8_t, ndim=2, mode="c"] img):
    cdef int i, j
    cdef unsigned long total = 0
    for i in range(img.shape[0]):
        for j in range(img.shape[1]):
            total += img[i, j]
    return total


def dtype_check(np.ndarray arr):
    return arr.dtype == DTYPE, arr.ndim


def typed_view_of(np.ndarray[DTYPE_t, ndim=1] a):
    cdef DTYPE_t[:] v = a
    cdef DTYPE_t s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s
