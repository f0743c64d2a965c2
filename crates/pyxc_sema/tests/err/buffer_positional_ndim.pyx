cimport numpy as cnp


def f(cnp.ndarray[double, 9] a):
    pass
