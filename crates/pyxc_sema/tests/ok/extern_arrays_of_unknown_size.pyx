cdef extern from *:
    """
    struct E { int n; char data[]; };
    char gbuf[4] = "abc";
    """
    struct E:
        int n
        char data[]
    char gbuf[]

def f():
    return gbuf[0]
