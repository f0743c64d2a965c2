# Constants: imaginary, bytes, C strings, bools, None, str.
def f():
    cdef const char *s = "hi"
    cdef char *t = b"xy"
    return 2.5j, b"ab\x00", True, False, None, "text", s, t
