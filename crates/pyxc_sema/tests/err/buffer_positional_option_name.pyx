cimport numpy as cnp


def f(cnp.ndarray[cnp.int64_t, x] a):
    pass
