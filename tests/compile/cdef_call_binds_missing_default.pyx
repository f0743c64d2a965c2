# A cdef call without the defaulted argument: sema binds the default.
# expect tir: IntConst 2 : int
cdef int add(int a, int b=2):
    return a + b

def f(int x):
    return add(x) + add(x, 5)
