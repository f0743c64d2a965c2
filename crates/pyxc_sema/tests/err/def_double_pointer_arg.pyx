# A def function is called from Python, which has no C pointers to pass
# (char pointers are fine: they take bytes).
def total(double* p, int n):
    cdef double s = 0
    for i in range(n):
        s += p[i]
    return s
