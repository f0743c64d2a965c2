cimport cython


def f(double[:] a):
    with cython.wraparound("yes"):
        return a[0]
