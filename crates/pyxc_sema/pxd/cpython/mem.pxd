# CPython's raw memory interface (<Python.h>), as pyxc ships it.
cdef extern from "Python.h":
    void *PyMem_Malloc(size_t n)
    void *PyMem_Calloc(size_t nelem, size_t elsize)
    void *PyMem_Realloc(void *p, size_t n)
    void PyMem_Free(void *p)
    void *PyMem_RawMalloc(size_t n) nogil
    void *PyMem_RawCalloc(size_t nelem, size_t elsize) nogil
    void *PyMem_RawRealloc(void *p, size_t n) nogil
    void PyMem_RawFree(void *p) nogil
