# An int argument passed where a double is expected is a C cast (Coerce CCast).
# expect tir: Coerce CCast int -> double
cdef double half(double x):
    return x / 2

def use(int n):
    return half(n)
