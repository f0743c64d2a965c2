# cython: language_level=3
"""A conditional expression of two string literals passed to a C varargs
function: Cython types it as ``const char*``."""
from libc.stdio cimport snprintf


def sep_join(list parts):
    """A conditional expression of two literals passed as a C vararg (``const char*``)."""
    cdef char buf[128]
    cdef int used = 0
    cdef Py_ssize_t i
    cdef bytes b
    for i in range(len(parts)):
        b = parts[i]
        used += snprintf(buf + used, sizeof(buf) - used, "%s%s", "; " if i else "", <const char*>b)
        if used >= <int>sizeof(buf):
            raise ValueError("too long")
    return buf[:used]
