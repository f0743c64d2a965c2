from libc.math cimport sin, no_such_function

def f(double x):
    return sin(x)
