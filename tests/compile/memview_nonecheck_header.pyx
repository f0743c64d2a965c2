# cython: nonecheck=True
# nonecheck from the header: reading a None view raises first.
# expect tir: MvShape axis 0 [nonecheck]
def f(double[:] v):
    return v[0] + v.shape[0]
