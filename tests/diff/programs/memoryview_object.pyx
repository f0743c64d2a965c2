# cython: language_level=3
"""The memoryview object a typed view becomes when returned to Python:
what Python code sees of it (.base, .T, .shape/.strides/.size..., copies,
contiguity, np.asarray, iteration), indexing with ints, slices and
Ellipsis (items, sub-views, Cython's IndexError/TypeError messages), and
assignment through it: items, slices with broadcasting, buffers,
read-only views. The view-taking functions return the object; the others
take it as `object` and work on it in Python-object code."""
import numpy as np


def view1d(double[:] m):
    return m


def view2d(double[:, ::1] m):
    return m


def strided(double[:, :] m):
    return m[::2, 1:]


def cview(const double[:] m):
    return m


def lview(long[:] m):
    return m


def make(int kind):
    """The view object of a kind: 0 2-D C-contiguous, 1 1-D, 2 strided 2-D
    slice, 3 const view of a writable array, 4 const view of a read-only
    array, 5 long[:], 6 Fortran-ordered 2-D."""
    if kind == 0:
        return view2d(np.arange(12.0).reshape(3, 4))
    if kind == 1:
        return view1d(np.arange(4.0))
    if kind == 2:
        return strided(np.arange(20.0).reshape(4, 5))
    if kind == 3:
        return cview(np.arange(4.0))
    if kind == 4:
        a = np.arange(4.0)
        a.flags.writeable = False
        return cview(a)
    if kind == 5:
        return lview(np.arange(4))
    return strided(np.asfortranarray(np.arange(12.0).reshape(3, 4)))[:, :]


def base_is_source(int which):
    a = np.arange(12.0).reshape(3, 4)
    if which == 0:
        return view2d(a).base is a
    if which == 1:
        return strided(a).base is a
    if which == 2:
        return view2d(a)[1:].base is a
    if which == 3:
        return view2d(a).T.base is a
    if which == 4:
        return view2d(a)[...].base is a
    return cview(a[0]).base is a


def ellipsis_is_self():
    cdef object m = make(0)
    return m[...] is m, m[(...,)] is m, m.T is m


def attrs(int kind):
    m = make(kind)
    return (len(m), m.shape, m.strides, m.ndim, m.size, m.itemsize, m.nbytes, m.suboffsets,
            m.is_c_contig(), m.is_f_contig())


def text(int kind):
    m = make(kind)
    return str(m), repr(m).split(" at ")[0]


def copies(int kind):
    m = make(kind)
    c = m.copy()
    f = m.copy_fortran()
    c[(0,) * c.ndim] = -1.0
    return (np.asarray(c).tolist(), c.strides, f.strides, np.asarray(f).tolist(),
            c.is_c_contig(), f.is_f_contig(), np.asarray(m).tolist())


def transposed(int kind):
    m = make(kind)
    t = m.T
    return t.shape, t.strides, np.asarray(t).tolist(), t[1, 1], t.is_f_contig(), t.T.strides


def as_array(int kind):
    m = make(kind)
    a = np.asarray(m)
    a[0, 0] = 100.0
    return type(a).__name__, a.shape, m[0, 0]


def iterate(int kind):
    m = make(kind)
    return [list(row) for row in m], len(list(m)), 5.0 in m[1], list(reversed(m[0]))


def sequence_api(int kind):
    m = make(kind)
    import collections.abc
    return isinstance(m, collections.abc.Sequence), m[1].count(m[1][0]), m[1].count(-1.0), m[1].index(m[1][2])


def getitem(int kind, key):
    m = make(kind)
    r = m[key]
    if not hasattr(r, "shape"):
        return r
    return type(r).__name__, r.shape, r.strides, np.asarray(r).tolist()


def setitem(int kind, key, value):
    m = make(kind)
    m[key] = value
    return np.asarray(m).tolist()


def setitem_row_from_row():
    m = make(0)
    m[1] = m[0]
    return np.asarray(m).tolist()


def setitem_overlap(int which):
    m = make(0)
    if which == 0:
        m[1:3] = m[0:2]
    elif which == 1:
        m[:] = m[::-1]
    elif which == 2:
        m[:, ::-1] = m
    else:
        m[1:, 1:] = m[:2, :3]
    return np.asarray(m).tolist()


def setitem_from_column():
    m = make(0)
    m[0, :3] = m[:, 3]
    return np.asarray(m).tolist()


def delitem(int kind, key):
    m = make(kind)
    del m[key]


