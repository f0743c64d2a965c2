# A C int raised to a C int constant.
cdef long cube(long a):
    return a ** 3
