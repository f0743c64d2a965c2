# cython: language_level=3, infer_types=True, boundscheck=False
# cython: wraparound=False, cdivision=True, nonecheck=True, initializedcheck=False
cimport cython


@cython.boundscheck(True)
@cython.infer_types(None)
def f(double[:] a):
    with cython.wraparound(True), cython.cdivision(False):
        return a[0]
