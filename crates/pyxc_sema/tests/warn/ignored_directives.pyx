# cython: embedsignature=True, binding=True
# cython: profile=False
cimport cython


@cython.profile(False)
def f(double[:] a):
    with cython.linetrace(False):
        return a[0]
