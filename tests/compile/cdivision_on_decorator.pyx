# @cython.cdivision(True): plain C division, no zero check.
# expect no tir: zero_check
# expect no tir: python_semantics
cimport cython

@cython.cdivision(True)
def f(int a, int b):
    return a // b, a % b
