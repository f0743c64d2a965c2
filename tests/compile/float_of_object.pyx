# float(x) on an object is Python's float() conversion to a C double.
def f(x):
    cdef double d = float(x)
    return d
