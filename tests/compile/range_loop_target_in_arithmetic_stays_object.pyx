# A range() target over C bounds that is read under `+` (here `s += i`)
# stays an object (Cython's overflow rule): a hidden counter is boxed into it.
def f(int n):
    cdef long s = 0
    for i in range(n):
        s += i
    return s
