# cython: language_level=3
"""Python complex numbers in untyped code (1j literals, complex())."""


def complex_untyped(a, b):
    return complex(a, b), abs(complex(a, b)), (a + 1j) * b


def roots_of_unity(int n):
    import cmath
    return [cmath.exp(2j * cmath.pi * k / n) for k in range(n)]


def conj_product(z):
    return z * z.conjugate(), z.real, z.imag
