# CPython's bytes functions (<Python.h>), as pyxc ships them.
cdef extern from "Python.h":
    bytes PyBytes_FromStringAndSize(const char *v, Py_ssize_t n)
    bytes PyBytes_FromString(const char *v)
    char *PyBytes_AsString(object o) except NULL
    Py_ssize_t PyBytes_Size(object o) except -1
    bint PyBytes_Check(object o)
    bint PyBytes_CheckExact(object o)
