# CPython's exception functions (<Python.h>) that pyx code calls directly.
cdef extern from "Python.h":
    int PyErr_CheckSignals() except -1
    bint PyErr_Occurred()
    void PyErr_Clear()
    object PyErr_NoMemory()
