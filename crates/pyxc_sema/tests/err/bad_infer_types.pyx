# cython: infer_types=maybe

def f():
    pass
