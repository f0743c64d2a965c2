"""C complex types: `double complex` locals and memoryviews."""


def mv_complex(double complex[:] z):
    cdef double complex total = 0
    for i in range(z.shape[0]):
        total += z[i]
    return total


def complex_arith(double complex a, double complex b):
    return a * b + a / b, a.real, a.imag, abs(a)
