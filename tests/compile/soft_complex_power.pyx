# double ** double boxed as an object follows Cython's soft-complex rule
# (a negative base with a fractional exponent gives a complex).
# expect tir: SoftComplexPow
# expect c: pyxc_cg_soft_pow(v_a, v_b)
# expect c: PyFloat_FromDouble(v_a * v_a)
def power(double a, double b):
    return a ** b

def square(double a):
    return a ** 2
