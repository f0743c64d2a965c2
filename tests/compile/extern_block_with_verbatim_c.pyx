# An extern block with verbatim C: the function is called by its C name.
cdef extern from *:
    """
    static int triple(int x) { return 3 * x; }
    """
    int triple(int x)

def f(int x):
    return triple(x)
