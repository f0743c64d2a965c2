cimport numpy as cnp

def f():
    return cnp.zeros(3)
