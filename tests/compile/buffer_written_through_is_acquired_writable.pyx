# A numpy buffer is acquired writable only where the function writes an
# element: `bump` refuses a read-only array, `total` and `peek` accept one.
# expect tir: param a#0 : ndarray[float64_t, ndim=1] written-through
# expect tir: local b#1 : ndarray[float64_t, ndim=1] written-through
# expect c: pyxc_slice_from_object(v_a, &b_a, 1, &pyxc_dtype_double_float64_t_float64_t, pyxc_axes_S, 1, 1)
# expect c: pyxc_slice_from_object(v_a, &b_a, 1, &pyxc_dtype_double_float64_t_float64_t, pyxc_axes_S, 0, 1)
cimport numpy as cnp


def total(cnp.ndarray[cnp.float64_t, ndim=1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s


def bump(cnp.ndarray[cnp.float64_t, ndim=1] a):
    a[0] += 1
    return a[0]


def peek(object o):
    cdef cnp.ndarray[cnp.float64_t, ndim=1] b = o
    return b[0]


def poke(object o):
    cdef cnp.ndarray[cnp.float64_t, ndim=1] b = o
    b[0] = 1
