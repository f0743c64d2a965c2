# C functions and a constant from a shipped .pxd.
from libc.math cimport sqrt, M_PI

def f(double x):
    return sqrt(x) * M_PI
