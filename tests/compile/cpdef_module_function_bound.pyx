# A cpdef function is bound in the module like a def, and called directly
# from compiled code.
cpdef int twice(int x):
    return 2 * x

def f(int y):
    return twice(y)
