# cython: nonecheck=True
cimport cython


def index(double[:] a):
    return a[0]


def write(double[:] a):
    a[0] = 1.0
    return 1.0


def shape(double[:] a):
    return a.shape[0]
