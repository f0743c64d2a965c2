# A char * taken from bytes, sliced into a new bytes object.
def f(bytes b, int n):
    cdef char *p = b
    return p[1:n], p[:n]
