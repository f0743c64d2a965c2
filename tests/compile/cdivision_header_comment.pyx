# cython: cdivision=True
# The header comment turns cdivision on for the whole module.
# expect no tir: zero_check
def f(int a, int b):
    return a // b
