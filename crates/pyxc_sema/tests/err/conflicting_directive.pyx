# cython: boundscheck=False
# cython: wraparound=False, boundscheck=True

def f():
    pass
