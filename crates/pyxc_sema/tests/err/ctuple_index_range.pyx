cdef (int, double) pair(int a):
    return a, a / 2.0


def third(int a):
    cdef (int, double) t = pair(a)
    return t[2]
