# A union declared in the module.
cdef union Bits:
    int i
    float f

def f(float x):
    cdef Bits b
    b.f = x
    return b.i
