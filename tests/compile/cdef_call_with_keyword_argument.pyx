# A cdef call with a keyword argument is bound to positions by sema; the
# skipped middle parameter gets its default.
# expect tir: IntConst 10 : int
cdef int combine(int a, int b=10, int c=100):
    return a + b + c

def f(int x):
    return combine(x, c=1)
