# C <stddef.h>, as pyxc ships it.
cdef extern from "<stddef.h>":
    ctypedef ptrdiff_t ptrdiff_t
    ctypedef size_t size_t
    ctypedef int wchar_t
