"""Cython's compatibility macros, as real code declares and tests them."""

cdef extern from *:
    bint CYTHON_COMPILING_IN_CPYTHON
    bint CYTHON_COMPILING_IN_PYPY
    bint CYTHON_COMPILING_IN_LIMITED_API
    bint CYTHON_COMPILING_IN_GRAAL


def flags():
    return (
        CYTHON_COMPILING_IN_CPYTHON,
        CYTHON_COMPILING_IN_PYPY,
        CYTHON_COMPILING_IN_LIMITED_API,
        CYTHON_COMPILING_IN_GRAAL,
    )


def fast_path_taken(list xs):
    cdef Py_ssize_t n = 0
    if CYTHON_COMPILING_IN_CPYTHON and not CYTHON_COMPILING_IN_PYPY:
        n = len(xs)
    return n
