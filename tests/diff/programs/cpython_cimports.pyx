# cython: language_level=3
"""cimports from Cython's cpython package as real modules use them:
PyMem_Malloc/PyMem_Free scratch buffers, array.array via cpython.array,
PyBytes_FromStringAndSize, PyErr_CheckSignals in long loops."""
from cpython.mem cimport PyMem_Malloc, PyMem_Realloc, PyMem_Free
from cpython.bytes cimport PyBytes_FromStringAndSize
from cpython.exc cimport PyErr_CheckSignals


def pymem_squares(int n):
    cdef long* buf = <long*>PyMem_Malloc(n * sizeof(long))
    cdef int i
    if not buf:
        raise MemoryError()
    try:
        for i in range(n):
            buf[i] = <long>i * i
        return [buf[i] for i in range(n)]
    finally:
        PyMem_Free(buf)


def pymem_grow(int n):
    cdef int cap = 2, size = 0, i
    cdef int* buf = <int*>PyMem_Malloc(cap * sizeof(int))
    cdef int* tmp
    try:
        for i in range(n):
            if size == cap:
                cap *= 2
                tmp = <int*>PyMem_Realloc(buf, cap * sizeof(int))
                if tmp == NULL:
                    raise MemoryError()
                buf = tmp
            buf[size] = i * 3
            size += 1
        return [buf[i] for i in range(size)], cap
    finally:
        PyMem_Free(buf)


def bytes_from_buffer(int n):
    cdef char* buf = <char*>PyMem_Malloc(n + 1)
    cdef int i
    try:
        for i in range(n):
            buf[i] = 97 + i % 26
        return PyBytes_FromStringAndSize(buf, n)
    finally:
        PyMem_Free(buf)


def checked_loop(long n):
    cdef long i, total = 0
    for i in range(n):
        if i % 1000 == 0:
            PyErr_CheckSignals()
        total += i
    return total
