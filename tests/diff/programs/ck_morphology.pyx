# cython: language_level=3
"""Binary morphology and labelling on uint8 images (scipy.ndimage /
skimage.morphology style): 3x3 erosion and dilation with border modes,
opening, two-pass connected-component labelling with a union-find array,
city-block distance transform, and object areas/bounding boxes."""
import numpy as np
cimport cython
from libc.stdlib cimport malloc, free


def erode(const unsigned char[:, :] img, bint border_value=False):
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], i, j, a, b, y, x
    cdef unsigned char[:, ::1] o = np.zeros((h, w), dtype=np.uint8)
    cdef bint keep
    for i in range(h):
        for j in range(w):
            keep = img[i, j] != 0
            a = -1
            while keep and a <= 1:
                for b in range(-1, 2):
                    y = i + a
                    x = j + b
                    if 0 <= y < h and 0 <= x < w:
                        if not img[y, x]:
                            keep = False
                    elif not border_value:
                        keep = False
                a += 1
            o[i, j] = keep
    return np.asarray(o)


def dilate(const unsigned char[:, :] img):
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], i, j, a, b
    cdef unsigned char[:, ::1] o = np.zeros((h, w), dtype=np.uint8)
    for i in range(h):
        for j in range(w):
            if img[i, j]:
                for a in range(max(i - 1, 0), min(i + 2, h)):
                    for b in range(max(j - 1, 0), min(j + 2, w)):
                        o[a, b] = 1
    return np.asarray(o)


def opening(const unsigned char[:, :] img):
    return dilate(erode(img))


cdef Py_ssize_t _root(Py_ssize_t* p, Py_ssize_t x) noexcept:
    while p[x] != x:
        p[x] = p[p[x]]
        x = p[x]
    return x


@cython.boundscheck(False)
def label(const unsigned char[:, :] img):
    """4-connectivity labels numbered 1.. in raster order of first pixel."""
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], i, j, nxt = 1, up, left, r1, r2
    cdef long[:, ::1] lab = np.zeros((h, w), dtype=np.int_)
    cdef Py_ssize_t* parent = <Py_ssize_t*>malloc((h * w + 1) * sizeof(Py_ssize_t))
    if parent == NULL:
        raise MemoryError()
    parent[0] = 0
    for i in range(h):
        for j in range(w):
            if not img[i, j]:
                continue
            up = lab[i - 1, j] if i > 0 else 0
            left = lab[i, j - 1] if j > 0 else 0
            if up == 0 and left == 0:
                parent[nxt] = nxt
                lab[i, j] = nxt
                nxt += 1
            elif up and left:
                r1 = _root(parent, up)
                r2 = _root(parent, left)
                lab[i, j] = min(r1, r2)
                parent[max(r1, r2)] = min(r1, r2)
            else:
                lab[i, j] = up if up else left
    cdef Py_ssize_t* remap = <Py_ssize_t*>malloc(nxt * sizeof(Py_ssize_t))
    cdef Py_ssize_t count = 0
    for i in range(nxt):
        remap[i] = 0
    for i in range(h):
        for j in range(w):
            if lab[i, j]:
                r1 = _root(parent, lab[i, j])
                if remap[r1] == 0:
                    count += 1
                    remap[r1] = count
                lab[i, j] = remap[r1]
    free(parent)
    free(remap)
    return np.asarray(lab), count


def distance_cityblock(const unsigned char[:, :] img):
    cdef Py_ssize_t h = img.shape[0], w = img.shape[1], i, j
    cdef int big = <int>(h + w + 1)
    cdef int[:, ::1] d = np.empty((h, w), dtype=np.intc)
    for i in range(h):
        for j in range(w):
            if not img[i, j]:
                d[i, j] = 0
            else:
                d[i, j] = big
                if i > 0 and d[i - 1, j] + 1 < d[i, j]:
                    d[i, j] = d[i - 1, j] + 1
                if j > 0 and d[i, j - 1] + 1 < d[i, j]:
                    d[i, j] = d[i, j - 1] + 1
    for i in range(h - 1, -1, -1):
        for j in range(w - 1, -1, -1):
            if i + 1 < h and d[i + 1, j] + 1 < d[i, j]:
                d[i, j] = d[i + 1, j] + 1
            if j + 1 < w and d[i, j + 1] + 1 < d[i, j]:
                d[i, j] = d[i, j + 1] + 1
    return np.asarray(d)


def region_props(const long[:, :] lab, Py_ssize_t n):
    cdef Py_ssize_t i, j
    cdef long k
    areas = [0] * n
    boxes = [[None, None, None, None] for _ in range(n)]
    for i in range(lab.shape[0]):
        for j in range(lab.shape[1]):
            k = lab[i, j]
            if k <= 0:
                continue
            if k > n:
                raise ValueError("label %d > n=%d" % (k, n))
            areas[k - 1] += 1
            b = boxes[k - 1]
            b[0] = i if b[0] is None else min(b[0], i)
            b[1] = j if b[1] is None else min(b[1], j)
            b[2] = i if b[2] is None else max(b[2], i)
            b[3] = j if b[3] is None else max(b[3], j)
    return areas, boxes
