# cython: profile=True, linetrace=True
cimport cython

def add(a, b):
    c = a + b
    if c > 10:
        c = c - 1
    return c

cdef int cfun(int x):
    return x * 2

cpdef int cp(int x):
    return cfun(x) + 1

def boom(x):
    if x:
        raise ValueError("boom")
    return 1

@cython.profile(False)
def quiet():
    return 3

cdef inline int inl(int x):
    return x

def loop(int n):
    cdef int i, s = 0
    for i in range(n):
        s += inl(i)
    return s
