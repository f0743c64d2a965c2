# cython: boundscheck=maybe

def f():
    pass
