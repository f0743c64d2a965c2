cimport cython


@cython.boundscheck(2)
def f():
    pass
